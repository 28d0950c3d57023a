cronexport --no-config --system --tz America/New_York --from 2026-01-01 export/small-hours
