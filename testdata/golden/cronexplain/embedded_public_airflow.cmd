cronexplain -f embedded/public/apache__airflow/airflow/example_dags/example_bash_operator.py -f embedded/public/apache__airflow/airflow/example_dags/example_branch_day_of_week_operator.py
