cronexplain --dialect kubernetes --next 4 --tz Australia/Lord_Howe --from 2026-04-04T00:00 '0 2 * * *' '45 1 * * *'
