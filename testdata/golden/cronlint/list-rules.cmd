cronlint --list-rules
