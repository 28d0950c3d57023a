CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
PATH=/usr/bin:/bin
OPENAI_API_KEY=sk-not-a-real-key
cronrun --dry-run --diff-env --dialect cronie run/llm-report.crontab:10
