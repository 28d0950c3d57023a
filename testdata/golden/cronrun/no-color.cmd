CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
NO_COLOR=1
cronrun --color=auto --dry-run tools/parse-error.crontab:3
