cronlint --dialect airflow --expr '5-5 * * * *' --expr '0 0 5-3 * *'
