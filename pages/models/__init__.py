"""Page models, one module per page family, re-exported here for Django and Wagtail."""

from .home import HomePage
from .standard import StandardPage

__all__ = ["HomePage", "StandardPage"]
