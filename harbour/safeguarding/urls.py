from django.urls import path

from harbour.safeguarding import views

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
    path("import/", views.transfer_import, name="import"),
    path("import/confirm/", views.transfer_confirm, name="confirm"),
]
