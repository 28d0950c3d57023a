cronexport --no-config --to github-actions --tz America/New_York --from 2026-01-01 --format json export/to-scheduler.crontab
