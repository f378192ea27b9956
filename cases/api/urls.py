from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from cases.api import views

app_name = "api"

router = DefaultRouter()
router.register("cases", views.CaseViewSet, basename="case")
router.register("results", views.ResultViewSet, basename="result")
router.register("officers", views.OfficerViewSet, basename="officer")
router.register("forces", views.ForceViewSet, basename="force")
router.register("sources", views.SourceViewSet, basename="source")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    *router.urls,
]
