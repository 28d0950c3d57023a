cronlint lint/shell-bashism.crontab --disable all --enable shell-bashism
