cronexplain --config config/other.toml -n 1 --from 2026-01-05 -f config/jobs.crontab
