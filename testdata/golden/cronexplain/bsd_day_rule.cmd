cronexplain --dialect bsd '0 0 */2 * 1' '0 0 1,15 * 5' '@every_minute' '5/20 * * * *' '0 0 * * 5#2' '0 0 * * fri-sun' '@every_fortnight'
