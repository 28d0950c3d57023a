cronexport --no-config --to github-actions export/to-scheduler.crontab
