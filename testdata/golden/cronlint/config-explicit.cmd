cronlint --config config/other.toml config/jobs.crontab
