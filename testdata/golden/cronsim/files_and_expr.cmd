cronsim -e '* * * * *' sim/nightly.crontab
