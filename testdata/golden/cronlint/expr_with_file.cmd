cronlint --expr '* * * * *' lint/dialects.crontab
