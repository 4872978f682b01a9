from django.urls import path

from harbour.children import group_views, import_views, views

app_name = "children"

urlpatterns = [
    path("", views.child_list, name="list"),
    path("new/", views.child_create, name="create"),
    path("import/", import_views.child_import, name="import"),
    path("import/apply/", import_views.child_import_apply, name="import_apply"),
    path("import/sample.csv", import_views.child_import_sample, name="import_sample"),
    path("groups/", group_views.group_list, name="groups"),
    path("groups/new/", group_views.group_edit, name="group_create"),
    path("groups/<int:group_id>/", group_views.group_edit, name="group_edit"),
    path("<int:child_id>/", views.child_detail, name="detail"),
    path("<int:child_id>/edit/", views.child_edit, name="edit"),
    path("<int:child_id>/key-adults/", views.key_adults, name="key_adults"),
    path(
        "<int:child_id>/key-adults/<int:key_adult_id>/remove/",
        views.key_adult_remove,
        name="key_adult_remove",
    ),
    path("<int:child_id>/shares/", views.shares, name="shares"),
]
