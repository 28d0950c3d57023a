cronexplain --dialect gitlab --next 3 --from 2026-03-07T12:00 '30 5 * * 1'
