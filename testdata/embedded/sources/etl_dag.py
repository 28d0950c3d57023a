from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.timetables.trigger import CronTriggerTimetable

with DAG("etl_daily", start_date=datetime(2024, 1, 1), schedule="@dialy"):
    pass

with DAG("etl_hourly", start_date=datetime(2024, 1, 1), schedule_interval=timedelta(hours=1)):
    pass

with DAG("etl_report", start_date=datetime(2024, 1, 1), schedule=Variable.get("report_cron")):
    pass

with DAG(
    "etl_weekly",
    start_date=datetime(2024, 1, 1),
    schedule=CronTriggerTimetable("0 6 * * 1", timezone="Europe/Londn"),
):
    pass
