cronsim --color=always --from 2026-03-01 --to 2026-03-02 tools/parse-error.crontab
