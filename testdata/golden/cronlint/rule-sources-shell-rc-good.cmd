cronlint lint/sources-shell-rc.good.crontab --disable all --enable sources-shell-rc
