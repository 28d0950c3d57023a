cronlint --fix -
