NO_COLOR=1
cronsim --color=auto --from 2026-03-01 --to 2026-03-02 tools/parse-error.crontab
