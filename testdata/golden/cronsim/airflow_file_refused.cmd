cronsim --dialect airflow lint/mixed.crontab
