cronsim walk/repo/.github/workflows/nightly.yml --from 2026-03-26T00:00:00Z --to 2026-03-31T00:00:00Z
