cronsim --from 2026-03-01 tools/no-such.crontab
