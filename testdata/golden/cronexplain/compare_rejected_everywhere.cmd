cronexplain --compare all --from 2026-01-01 '* * * *'
