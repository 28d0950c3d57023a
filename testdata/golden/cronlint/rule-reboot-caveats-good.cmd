cronlint lint/reboot-caveats.good.crontab --disable all --enable reboot-caveats
