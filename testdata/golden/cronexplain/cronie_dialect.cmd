cronexplain --dialect cronie '0 0 * * 5#3' '0 0 * * sat-sun' '5-0 * * * *' '0 0 * * fri-mon'
