cronexport --no-config --from 2026-01-01 -
