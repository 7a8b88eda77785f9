"""The address a request comes from, for rate limits (login, search, feedback). Never stored.

`REMOTE_ADDR` is the peer of the application server. Behind a reverse proxy (nginx, a CDN) that
peer is the proxy, so every visitor would share one limit. A proxy listed in `TRUSTED_PROXIES`
(addresses, from the environment in production) appends the real peer to `X-Forwarded-For`; the
client is then the right-most address in that header that is not itself a trusted proxy. A
client can write anything into the header, so addresses left of the first untrusted one are
never believed, and with no trusted proxies configured the header is ignored altogether.
"""

import ipaddress

from django.conf import settings


def _is_trusted(address, trusted):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def trusted_networks():
    return [ipaddress.ip_network(value.strip(), strict=False) for value in getattr(settings, "TRUSTED_PROXIES", [])]


def client_address(request):
    if request is None:
        return "unknown"
    peer = request.META.get("REMOTE_ADDR") or "unknown"
    trusted = trusted_networks()
    if not trusted or not _is_trusted(peer, trusted):
        return peer
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for address in reversed(forwarded):
        if not _is_trusted(address, trusted):
            return address
    return peer
