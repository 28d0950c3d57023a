CRONKIT_SYSTEM_ROOT=run/root
CRONKIT_CURRENT_USER=alice
PATH=/home/alice/.nvm/versions/node/v20.11.0/bin:/usr/local/bin:/usr/bin:/bin
OPENAI_API_KEY=sk-not-a-real-key
GITHUB_TOKEN=ghp-not-a-real-token
HOME=/home/alice
SHELL=/bin/zsh
TERM=xterm-256color
LANG=en_US.UTF-8
SSH_AUTH_SOCK=/tmp/ssh-agent.sock
VIRTUAL_ENV=/home/alice/venv
cronrun --diff-env run/llm-report.crontab:8
