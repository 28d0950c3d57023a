cronexplain --dialect supercronic -f sim/supercronic.crontab
