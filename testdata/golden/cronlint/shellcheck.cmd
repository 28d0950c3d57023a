cronlint --shellcheck --disable all --enable shellcheck lint/shellcheck.crontab
