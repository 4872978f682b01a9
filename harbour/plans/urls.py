from django.urls import path

from harbour.plans import views

app_name = "plans"

urlpatterns = [
    path("children/<int:child_id>/", views.plan, name="plan"),
    path("children/<int:child_id>/edit/", views.plan_edit, name="edit"),
    path("children/<int:child_id>/review/", views.plan_review, name="review"),
    path("children/<int:child_id>/summary/", views.summary, name="summary"),
    path("children/<int:child_id>/plan.pdf", views.pdf_plan, name="pdf_plan"),
    path("children/<int:child_id>/one-page-profile.pdf", views.pdf_one_page, name="pdf_one_page"),
    path("children/<int:child_id>/help-sheet.pdf", views.pdf_parents, name="pdf_parents"),
]
