cronlint walk/repo
