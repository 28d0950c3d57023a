cronlint --disable all --enable cron-d-filename-invalid lint/cron-d-filename-invalid.crontab lint/cron-d-filename-invalid.good.crontab
