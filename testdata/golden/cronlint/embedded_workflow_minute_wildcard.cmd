cronlint embedded/minute-wildcard/.github/workflows/digest.yml
