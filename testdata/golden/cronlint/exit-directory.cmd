cronlint lint
