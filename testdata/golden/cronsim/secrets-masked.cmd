cronsim -n 3 --from 2026-01-05T00:00Z secrets/jobs.crontab
