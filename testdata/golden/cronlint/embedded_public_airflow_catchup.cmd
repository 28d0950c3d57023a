cronlint --from 2026-12-05T00:00:00Z embedded/public/axel-sirota__productionalizing-data-pipelines-airflow/module4-demo3/dags/future_catchup_dag.py
