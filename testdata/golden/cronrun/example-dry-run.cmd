CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=deploy
cronrun --dry-run examples/llm-jobs.crontab:14
