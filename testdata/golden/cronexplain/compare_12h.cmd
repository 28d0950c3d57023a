cronexplain --compare debian,supercronic --12h --from 2026-01-01 '30 14 * * 1-5'
