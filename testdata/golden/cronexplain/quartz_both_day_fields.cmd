cronexplain --dialect quartz '0 0 9 * * 1-5'
