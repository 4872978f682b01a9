from django.urls import path

from harbour.voices import views

app_name = "voices"

urlpatterns = [
    path("kiosk/", views.kiosk_start, name="kiosk_start"),
    path("kiosk/names/", views.kiosk_names, name="kiosk_names"),
    path("kiosk/child/<int:child_id>/", views.kiosk_checkin, name="kiosk_checkin"),
    path("kiosk/thanks/", views.kiosk_thanks, name="kiosk_thanks"),
    path("kiosk/end/", views.kiosk_end, name="kiosk_end"),
    path("kiosk/idle/", views.kiosk_idle, name="kiosk_idle"),
    path("kiosk/still-here/", views.kiosk_still_here, name="kiosk_still_here"),
    path("me/", views.me, name="me"),
    path("me/my-words/", views.my_words, name="my_words"),
    path("children/<int:child_id>/checkins/", views.child_checkins, name="child_checkins"),
    path("children/<int:child_id>/invite/", views.invite, name="invite"),
    path("invitation/<str:token>/", views.accept, name="accept"),
    path("family/<int:child_id>/", views.parent_child, name="parent_child"),
    path("family/<int:child_id>/views/", views.parent_views, name="parent_views"),
]
