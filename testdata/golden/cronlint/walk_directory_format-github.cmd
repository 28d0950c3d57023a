cronlint --format github walk/repo
