cronexplain --dialect quartz '0 30 9 * * *'
