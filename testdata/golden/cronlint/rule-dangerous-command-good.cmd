cronlint lint/dangerous-command.good.crontab --disable all --enable dangerous-command
