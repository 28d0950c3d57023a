cronexport --no-config --owner alice --tz Europe/Berlin --from 2026-01-01 export/user.crontab
