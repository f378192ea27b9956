from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Police misconduct archive — editors"
admin.site.site_title = "Misconduct archive admin"
admin.site.index_title = "Records"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("cases.api.urls")),
    path("", include("cases.urls")),
]
