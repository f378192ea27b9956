from django.urls import path

from cases import exports, feeds, views

app_name = "cases"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("cases/", views.CaseListView.as_view(), name="case-list"),
    path("cases/export.csv", exports.export_csv, name="case-export-csv"),
    path("cases/export.json", exports.export_json, name="case-export-json"),
    path("feeds/cases/", feeds.CaseFeed(), name="case-feed"),
    path("cases/<int:pk>/", views.CaseDetailView.as_view(), name="case-detail"),
    path("cases/<int:pk>/report/", views.report_error, name="case-report"),
    path(
        "cases/<int:pk>/<slug:slug>/",
        views.CaseDetailView.as_view(),
        name="case-detail-slug",
    ),
    path(
        "officers/<int:pk>/", views.OfficerDetailView.as_view(), name="officer-detail"
    ),
    path("forces/", views.ForceListView.as_view(), name="force-list"),
    path("forces/<slug:slug>/", views.ForceDetailView.as_view(), name="force-detail"),
    path("sources/<int:pk>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("stats/", views.StatsView.as_view(), name="stats"),
]
