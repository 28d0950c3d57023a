#!/usr/bin/env bash
# The action's lint step: expands INPUT_FILES (globs, ** across directories), runs cronlint with
# --format github (annotations on the pull request) and, when INPUT_SARIF is true, again with
# --format sarif into INPUT_SARIF_FILE. The step fails as cronlint does with --fail-on.
set -euo pipefail
shopt -s globstar nullglob
read -r -a patterns <<< "${INPUT_FILES:-}"
read -r -a extra <<< "${INPUT_ARGS:-}"
files=()
for pattern in "${patterns[@]}"; do
  # An unquoted expansion on purpose: the pattern is a glob.
  # shellcheck disable=SC2206
  matches=($pattern)
  for match in "${matches[@]}"; do
    [ -f "$match" ] && files+=("$match")
  done
done
sarif_file=${INPUT_SARIF_FILE:-cronlint.sarif}
if [ "${#files[@]}" -eq 0 ]; then
  echo "cronlint: no files match: ${INPUT_FILES:-}"
  if [ "${INPUT_SARIF:-false}" = true ]; then
    cronlint --format sarif "${extra[@]}" --stdin-filename empty.crontab - < /dev/null > "$sarif_file" || true
    echo "sarif-file=$sarif_file" >> "${GITHUB_OUTPUT:-/dev/null}"
  fi
  exit 0
fi
echo "cronlint: ${#files[@]} files"
if [ "${INPUT_SARIF:-false}" = true ]; then
  cronlint --format sarif --fail-on never "${extra[@]}" "${files[@]}" > "$sarif_file"
  echo "sarif-file=$sarif_file" >> "${GITHUB_OUTPUT:-/dev/null}"
fi
cronlint --format github --fail-on "${INPUT_FAIL_ON:-warning}" "${extra[@]}" "${files[@]}"
