cronexplain -f embedded/repo/.github/workflows/nightly.yml --next 2 --from 2026-03-07T12:00
