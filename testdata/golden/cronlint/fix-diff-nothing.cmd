cronlint --diff fix/suggestions-only.crontab
