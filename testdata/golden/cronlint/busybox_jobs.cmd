cronlint --dialect busybox --tz America/New_York --enable all lint/dialects.crontab
