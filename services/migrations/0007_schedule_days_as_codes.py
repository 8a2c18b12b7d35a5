"""Opening days as RFC 5545 codes only: existing free text ("Mon-Fri", "mo, we") is rewritten as codes
("MO,TU,WE,TH,FR"); values that cannot be read are left as they are and listed, for an editor to fix."""

from django.db import migrations, models

import services.days


def normalise_days(apps, schema_editor):
    from services.days import normalise_byday

    Schedule = apps.get_model("services", "Schedule")
    unreadable = []
    for schedule in Schedule.objects.exclude(byday="").only("pk", "hsds_id", "byday").iterator():
        normalised = normalise_byday(schedule.byday)
        if normalised is None:
            unreadable.append(schedule)
        elif normalised != schedule.byday:
            Schedule.objects.filter(pk=schedule.pk).update(byday=normalised)
    for schedule in unreadable:
        print(f"\n  opening hours {schedule.hsds_id}: days {schedule.byday!r} not understood; fix them in the admin")


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0006_service_drafts_and_moderation"),
    ]

    operations = [
        migrations.AlterField(
            model_name="schedule",
            name="byday",
            field=models.CharField(
                blank=True,
                help_text="The days these hours apply to.",
                max_length=40,
                validators=[services.days.validate_byday],
                verbose_name="days",
            ),
        ),
        migrations.RunPython(normalise_days, migrations.RunPython.noop),
    ]
