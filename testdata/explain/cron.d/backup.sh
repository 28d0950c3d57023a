# Debian ignores this file: its name has a dot. cronie reads it.
0 1 * * * root /usr/local/sbin/backup.sh
