cronexport --no-config --to kubernetes export/to-scheduler.crontab
