cronlint --help
