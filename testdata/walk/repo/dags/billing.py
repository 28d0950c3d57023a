from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

# Every other day, and on Mondays? Airflow (croniter) reads the two day fields as either.
with DAG(
    dag_id="billing",
    start_date=datetime(2026, 1, 1),
    schedule="0 6 */2 * 1",
    catchup=False,
) as dag:
    BashOperator(task_id="invoice", bash_command="python -m billing.invoice")
