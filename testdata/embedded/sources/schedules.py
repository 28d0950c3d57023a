import dagster as dg

nightly = dg.ScheduleDefinition(
    name="nightly",
    job=dg.define_asset_job("all", selection="*"),
    cron_schedule="0 2 * * *",
    execution_timezone="America/Sao_Paolo",
)


@dg.schedule(cron_schedule="0 0 30 2 *", job_name="leap")
def february(context):
    return dg.RunRequest()
