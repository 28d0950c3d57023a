cronlint --format sarif walk/repo
