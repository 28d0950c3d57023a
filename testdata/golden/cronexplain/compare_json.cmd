cronexplain --compare all --format json --from 2026-01-01 '0 0 1-7 * 1' '@every_minute'
