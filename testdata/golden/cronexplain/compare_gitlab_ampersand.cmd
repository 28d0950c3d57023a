cronexplain --compare all --from 2026-01-01 '0 0 1-7 * 1&'
