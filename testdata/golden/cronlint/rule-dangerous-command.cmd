cronlint lint/dangerous-command.crontab --disable all --enable dangerous-command
