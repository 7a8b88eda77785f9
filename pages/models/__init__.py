"""Page models, one module per page family, re-exported here for Django and Wagtail."""

from pages.snippets import Dispositivo, Territory, TerritoryComune

from .agencies import AgencyIndexPage, AgencyPage
from .feedback import PageFeedback
from .guidelines import GuidelineAttachment, GuidelinePage, GuidelineVersion
from .home import HomePage
from .news import NewsIndexPage, NewsPage, NewsTopic
from .projects import (
    ProjectAttachment,
    ProjectDispositivo,
    ProjectImplementation,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    ProjectTopic,
)
from .services import ServiceDispositivo, ServicePage, ServiceTopic
from .standard import StandardPage
from .topics import TopicIndexPage, TopicPage
from .training import TrainingAudience, TrainingItemPage, TrainingItemTopic, TrainingLibraryPage

__all__ = [
    "AgencyIndexPage",
    "AgencyPage",
    "Dispositivo",
    "GuidelineAttachment",
    "GuidelinePage",
    "GuidelineVersion",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsTopic",
    "PageFeedback",
    "ProjectAttachment",
    "ProjectDispositivo",
    "ProjectImplementation",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
    "ProjectTopic",
    "ServiceDispositivo",
    "ServicePage",
    "ServiceTopic",
    "StandardPage",
    "Territory",
    "TerritoryComune",
    "TopicIndexPage",
    "TopicPage",
    "TrainingAudience",
    "TrainingItemPage",
    "TrainingItemTopic",
    "TrainingLibraryPage",
]
