cronlint --diff fix/everything.crontab
