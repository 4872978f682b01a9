from django.urls import path

from harbour.safeguarding import retention_views, views

app_name = "safeguarding"

urlpatterns = [
    path("raise/", views.raise_concern, name="raise"),
    path("mine/", views.my_concerns, name="mine"),
    path("concerns/", views.concern_list, name="list"),
    path("concerns/<int:concern_id>/", views.concern_detail, name="concern"),
    path("concerns/<int:concern_id>/record/", views.concern_action, name="concern_action"),
    path("concerns/<int:concern_id>/close/", views.concern_close, name="concern_close"),
    path("child/<int:child_id>/", views.cp_file, name="cp_file"),
    path("child/<int:child_id>/print/", views.cp_print, name="cp_print"),
    path("child/<int:child_id>/cp-file.pdf", views.cp_pdf, name="cp_pdf"),
    path("child/<int:child_id>/export/", views.transfer_export, name="export"),
    path(
        "child/<int:child_id>/confirm-receipt/",
        views.transfer_confirm_outside,
        name="confirm_outside",
    ),
    path("import/", views.transfer_import, name="import"),
    path("import/confirm/", views.transfer_confirm, name="confirm"),
    path("closures/", views.closures, name="closures"),
    path("retention/", retention_views.overview, name="retention"),
    path(
        "retention/child/<int:child_id>/",
        retention_views.child_retention,
        name="retention_child",
    ),
    path(
        "retention/child/<int:child_id>/review/",
        retention_views.review,
        name="retention_review",
    ),
    path("retention/child/<int:child_id>/hold/", retention_views.hold_place, name="retention_hold"),
    path("retention/child/<int:child_id>/lift/", retention_views.hold_lift, name="retention_lift"),
    path(
        "retention/child/<int:child_id>/destroy/",
        retention_views.destroy,
        name="retention_destroy",
    ),
]
