"""How many searches a client address may run: settings.SEARCH_RATE_LIMIT = (count, seconds).

Issue 5 (Security): rate limits on login and search. Counted in the cache (Redis in production, so
every worker shares the count) per client address, as `portal.client_address` reads it
(REMOTE_ADDR; X-Forwarded-For only from a proxy listed in TRUSTED_PROXIES). A window of
`seconds` opens with an address's first search; staff get STAFF_FACTOR times the count. A count
of 0 or None switches the limit off.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache

from portal.client_address import client_address

DEFAULT_RATE_LIMIT = (30, 60)  # searches per client address per minute
STAFF_FACTOR = 4


def rate_limit(request):
    count, seconds = getattr(settings, "SEARCH_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    user = getattr(request, "user", None)
    if count and user is not None and user.is_authenticated and user.is_staff:
        count *= STAFF_FACTOR
    return count, seconds


def _key(request):
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"portal-search-rate:{digest}"


def over_limit(request):
    """Count one search; the seconds to wait (for Retry-After) when over the limit, else 0."""
    count, seconds = rate_limit(request)
    if not count or not seconds:
        return 0
    now = time.time()
    key = _key(request)
    cache.add(f"{key}:start", now, seconds)
    cache.add(key, 0, seconds)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        used = 1
    if used <= count:
        return 0
    started = cache.get(f"{key}:start") or now
    return max(1, math.ceil(started + seconds - now))
