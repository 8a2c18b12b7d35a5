"""The editorial tests track policies, so they share the policy tests' small tree and factory."""

from tests.policies.conftest import make_policy, policy_index  # noqa: F401
