cronlint --config config/missing.toml config/jobs.crontab
