"""Prefect flows: thin recipes over ``sourcing``. No business logic lives here."""

from flows.demo import demo_pipeline
from flows.export import export_shortlist
from flows.privacy import access_report, erase_person
from flows.referrals import request_referrals
from flows.refresh import refresh_talent_pool
from flows.search import search_candidates

__all__ = [
    "access_report",
    "demo_pipeline",
    "erase_person",
    "export_shortlist",
    "refresh_talent_pool",
    "request_referrals",
    "search_candidates",
]
