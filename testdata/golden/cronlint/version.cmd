cronlint --version
