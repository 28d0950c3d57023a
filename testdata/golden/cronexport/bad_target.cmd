cronexport --no-config --to windows --from 2026-01-01 export/monthly
