from django.urls import path

from . import member_views, views

app_name = "teamspace"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.library_view, name="library"),
    path("<slug:slug>/upload/", views.upload, name="upload"),
    path("<slug:slug>/folders/", views.create_folder, name="create_folder"),
    path("<slug:slug>/documents/<int:pk>/", views.document_view, name="document"),
    path("<slug:slug>/documents/<int:pk>/v<int:number>/download/", views.download, name="download"),
    path("<slug:slug>/documents/<int:pk>/delete/", views.delete, name="delete"),
    path("<slug:slug>/trash/", views.trash, name="trash"),
    path("<slug:slug>/trash/<int:pk>/restore/", views.restore, name="restore"),
    path("<slug:slug>/audit/", views.audit, name="audit"),
    path("<slug:slug>/audit.csv", views.audit_csv, name="audit_csv"),
    path("<slug:slug>/members/", member_views.members, name="members"),
    path("<slug:slug>/members/<int:user_id>/remove/", member_views.remove_member, name="remove_member"),
]
