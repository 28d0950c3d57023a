cronlint embedded/repo/.github/workflows/nightly.yml
