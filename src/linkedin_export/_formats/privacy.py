"""Account history, ads and privacy: Logins, Security Challenges, Account Status History, Ad
Targeting, Inferences, Ads clicked, LAN ads, Receipts, Calendar, Verifications, Private identity
asset, Services Marketplace, Notes (FORMATS.md §4.40-§4.47, §4.50-§4.56)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
