cronsim -n 2 --from 2026-01-05T00:00Z config/invalid/jobs.crontab
