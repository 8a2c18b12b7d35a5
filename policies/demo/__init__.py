"""Demo policies: real instruments, described in our own words, each linked to an official or ILO/IOM source."""

from .policies import load

__all__ = ["load"]
