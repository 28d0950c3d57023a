cronsim -n 3 --from 2026-01-05T00:00Z --show-secrets secrets/jobs.crontab
