cronexplain --compare all --from 2026-01-01 '0 0 * * 5#3'
