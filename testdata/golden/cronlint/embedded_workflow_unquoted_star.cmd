cronlint embedded/repo/.github/workflows/unquoted.yml
