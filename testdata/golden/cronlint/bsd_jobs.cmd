cronlint --dialect bsd --tz America/New_York --enable all lint/dialects.crontab
