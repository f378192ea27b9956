from django.urls import path

from cases import about, exports, feeds, people_views, stats_page, views

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
    path("people/", people_views.PeopleListView.as_view(), name="people-list"),
    path(
        "officers/<int:pk>/",
        people_views.OfficerDetailView.as_view(),
        name="officer-detail",
    ),
    path("forces/", views.ForceListView.as_view(), name="force-list"),
    path("forces/<slug:slug>/", views.ForceDetailView.as_view(), name="force-detail"),
    path("sources/<int:pk>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("stats/", stats_page.StatsView.as_view(), name="stats"),
    path("stats/<slug:slug>.csv", stats_page.chart_csv, name="stats-csv"),
    path("about/", about.AboutView.as_view(), name="about"),
]
