cronlint --enable all --format json secrets/jobs.crontab
