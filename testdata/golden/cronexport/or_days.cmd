cronexport --no-config --system --tz UTC --from 2026-01-01 export/monthly
