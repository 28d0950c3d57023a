cronexplain '30 2 * * 1-5'
