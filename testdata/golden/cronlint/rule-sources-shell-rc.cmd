cronlint lint/sources-shell-rc.crontab --disable all --enable sources-shell-rc
