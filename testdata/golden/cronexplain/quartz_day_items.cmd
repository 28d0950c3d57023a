cronexplain --dialect quartz '0 0 0 ? * 2#1' '0 0 12 L-3 * ?' '0 15 10 ? * 6L 2027' '0 0 0 15W * ?'
