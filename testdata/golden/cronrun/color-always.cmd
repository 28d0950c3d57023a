CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --color=always --dry-run tools/parse-error.crontab:3
