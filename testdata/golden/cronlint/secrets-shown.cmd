cronlint --enable all --show-secrets secrets/jobs.crontab
