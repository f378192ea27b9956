"""The "Editors" group: may correct every record and work the review queue and error
reports; may not delete forces, people, cases or sources."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "force": ["view", "change"],
    "forcealias": ["view", "add", "change", "delete"],
    "professionalstandard": ["view"],
    "officer": ["view", "add", "change"],
    "case": ["view", "add", "change"],
    "result": ["view", "add", "change", "delete"],
    "allegation": ["view", "add", "change", "delete"],
    "sourcedocument": ["view", "change"],
    "caseforreview": ["view", "change"],
    "errorreport": ["view", "change"],
    "officerredirect": ["view"],
}


def create_editors(apps, schema_editor):
    # Permissions are normally created after migrate; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    codenames = [
        f"{action}_{model}"
        for model, actions in EDITOR_PERMISSIONS.items()
        for action in actions
    ]
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="cases", codename__in=codenames
        )
    )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0003_curation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
