cronlint --format json walk/repo
