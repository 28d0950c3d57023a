cronexplain --dialect systemd-cron '0 0 1 * 1' '0 0 1-31 * 5' '0 0 * * 5-7' '0 0 * * mon-sun' '0 0 1 nov *' '59-70 20-30 * * *' '@weekly' '@QUARTERLY' '0 0 1 oct *'
