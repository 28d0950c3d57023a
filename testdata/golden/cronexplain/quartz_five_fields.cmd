cronexplain --dialect quartz '0 9 * * 1-5'
