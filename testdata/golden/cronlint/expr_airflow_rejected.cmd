cronlint --dialect airflow --expr '0 30 9 * * *'
