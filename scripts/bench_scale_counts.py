"""Print what the grown benchmark database holds, one line, for scripts/bench_pages.sh (BENCH_GROW=1)."""

from wagtail.models import Page

from policies.models import PolicyPage
from search.models import SearchDocument
from services.models import Service

languages = SearchDocument.objects.values("language").distinct().count()
print(
    f"grown: {Service.objects.count():,} services, {PolicyPage.objects.live().count()} policies, "
    f"{Page.objects.live().count()} live pages, {SearchDocument.objects.count():,} search documents "
    f"in {languages} languages"
)
