from django.apps import AppConfig
from django.db.backends.signals import connection_created


class CasesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cases"
    verbose_name = "Misconduct cases"

    def ready(self):
        from cases.arrays import use_quick_arrays

        connection_created.connect(use_quick_arrays, dispatch_uid="cases.arrays")
