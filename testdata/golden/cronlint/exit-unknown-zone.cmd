cronlint --tz Mars/Olympus lint/mixed.crontab
