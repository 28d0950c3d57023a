cronlint --kind crontab walk/repo
