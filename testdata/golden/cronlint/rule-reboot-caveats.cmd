cronlint lint/reboot-caveats.crontab --disable all --enable reboot-caveats
