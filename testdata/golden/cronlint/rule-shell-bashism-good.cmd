cronlint lint/shell-bashism.good.crontab --disable all --enable shell-bashism
