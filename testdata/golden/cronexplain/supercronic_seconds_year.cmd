cronexplain --dialect supercronic '15 30 9 * * * 2027'
