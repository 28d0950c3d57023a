cronexport --no-config --to kubernetes --image registry.example.com/jobs:1 --tz America/New_York --from 2026-01-01 export/to-scheduler.crontab
