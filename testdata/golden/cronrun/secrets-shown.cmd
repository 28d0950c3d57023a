CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
cronrun --dry-run --show-secrets secrets/jobs.crontab:3
