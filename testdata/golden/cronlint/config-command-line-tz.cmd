cronlint --tz Europe/Berlin --dialect cronie config/jobs.crontab
