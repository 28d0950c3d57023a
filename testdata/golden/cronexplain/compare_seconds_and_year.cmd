cronexplain --compare all --from 2026-01-01 '0 30 9 * * * 2027'
