#!/bin/sh
# The cronkit-config pre-commit hook: each cronkit.toml named is read as the tools read it, by
# cronlint with an empty crontab, so that every error (syntax, unknown key, bad value or glob,
# unknown rule) is reported at its line and column. Exit 1 when one is invalid.
status=0
for config in "$@"; do
  cronlint --config "$config" --stdin-filename empty.crontab - < /dev/null > /dev/null || status=1
done
exit $status
