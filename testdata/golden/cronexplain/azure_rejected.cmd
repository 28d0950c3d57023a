cronexplain --dialect azure '0 0 0 * * 7' '* bad * * * *' '0 0 9 * * ? 2026' '0 0 0 L * *' '* 1,,3 * * *'
