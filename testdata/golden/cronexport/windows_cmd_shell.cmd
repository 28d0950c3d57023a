cronexport --no-config --to windows --windows-shell cmd --owner alice --from 2026-01-01 export/user.crontab
