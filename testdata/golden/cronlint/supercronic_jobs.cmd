cronlint --dialect supercronic --tz America/New_York --enable all lint/dialects.crontab
