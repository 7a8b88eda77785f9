"""Rate limits key on the client's address: X-Forwarded-For is believed only from trusted proxies."""

import pytest
from django.test import RequestFactory

from portal.client_address import client_address

factory = RequestFactory()


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return factory.get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_real_client_is_used(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_address(request_from("127.0.0.1", "198.51.100.1")) == "198.51.100.1"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        # A client that writes its own header cannot choose its address: the proxy appends the real one.
        ("1.2.3.4, 198.51.100.1", "198.51.100.1"),
        # Two trusted hops (a CDN network, then nginx): the first untrusted address from the right.
        ("198.51.100.1, 10.0.0.5", "198.51.100.1"),
        ("garbage, 198.51.100.7", "198.51.100.7"),
        ("", "127.0.0.1"),
    ],
)
def test_spoofed_entries_left_of_the_proxy_are_not_believed(settings, forwarded, expected):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert client_address(request_from("127.0.0.1", forwarded)) == expected


def test_an_untrusted_peer_cannot_forward(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_feedback_flood_limit_is_not_escaped_by_a_forged_header(client, home, settings):
    """Changing X-Forwarded-For on every answer does not reset the feedback flood limit."""
    from pages.models.feedback import PageFeedback
    from pages.views import FLOOD_LIMIT

    settings.TRUSTED_PROXIES = []
    url = f"/it/feedback/{home.pk}/"
    for number in range(FLOOD_LIMIT + 3):
        client.post(url, {"clear": "yes"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    assert PageFeedback.objects.count() == FLOOD_LIMIT
