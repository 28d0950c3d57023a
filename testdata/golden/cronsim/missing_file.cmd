cronsim sim/does-not-exist.crontab
