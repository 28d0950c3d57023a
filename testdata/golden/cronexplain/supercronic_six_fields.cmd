cronexplain --dialect supercronic '0 9 * * * *'
