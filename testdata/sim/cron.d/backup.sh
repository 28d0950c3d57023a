# A name with a dot: Debian's cron does not read it from /etc/cron.d; cronie does.
0 2 * * * root /usr/local/bin/backup
