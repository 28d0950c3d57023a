CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --dry-run --dialect bsd dialects/bsd/var/cron/tabs/alice:5
