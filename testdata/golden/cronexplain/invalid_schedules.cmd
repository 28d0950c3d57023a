cronexplain '0 0 * * *' '61 * * * *' '0 0 * * 8' '*/0 * * * *' '0 0 1 * fri-mon' '@every_minute' '0 0 * * mon-fry'
