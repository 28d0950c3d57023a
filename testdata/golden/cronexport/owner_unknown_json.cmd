cronexport --no-config --format json --from 2026-01-01 export/user.crontab
