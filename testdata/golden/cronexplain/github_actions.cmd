cronexplain --dialect github-actions '*/15 9-17 * * 1-5' '20/15 * * * *' '*/2 * * * *' '1,58 0,23 * * *' '0 0 1,15 * 1'
