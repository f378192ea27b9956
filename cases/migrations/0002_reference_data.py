"""Load the canonical forces (with their other names) and the ten standards."""

from django.db import migrations
from django.utils.text import slugify

from cases.choices import Standard
from cases.forces import FORCES


def load(apps, schema_editor):
    Force = apps.get_model("cases", "Force")
    ForceAlias = apps.get_model("cases", "ForceAlias")
    ProfessionalStandard = apps.get_model("cases", "ProfessionalStandard")
    for info in FORCES:
        force, _ = Force.objects.update_or_create(
            name=info.name,
            defaults={
                "slug": slugify(info.name),
                "kind": info.kind,
                "country": info.country,
            },
        )
        for alias in info.aliases:
            ForceAlias.objects.get_or_create(name=alias, defaults={"force": force})
    for position, standard in enumerate(Standard.values, start=1):
        ProfessionalStandard.objects.update_or_create(
            name=standard, defaults={"position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
