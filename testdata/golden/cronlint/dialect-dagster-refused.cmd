cronlint --dialect dagster lint/mixed.crontab
