cronlint --stdin-filename config/jobs.crontab -
