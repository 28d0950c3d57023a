cronlint --fix --diff fix/everything.crontab
