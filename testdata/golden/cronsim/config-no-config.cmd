cronsim -n 2 --from 2026-01-05T00:00Z --no-config config/jobs.crontab
