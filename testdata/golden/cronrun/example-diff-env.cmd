CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=deploy
PATH=/home/deploy/.nvm/versions/node/v20.11.0/bin:/usr/local/bin:/usr/bin:/bin
HOME=/home/deploy
OPENAI_API_KEY=sk-not-a-real-key
VIRTUAL_ENV=/srv/newsroom/.venv
SHELL=/bin/bash
cronrun --diff-env examples/llm-jobs.crontab:14
