cronexport --no-config --to windows --system --tz America/New_York --from 2026-01-01 export/small-hours
