cronexplain --dialect spring '0 30 9 * * MON-FRI' '0 0 9 1-7 * MON' '0 0 0 L-3 * *' '0 0 18 ? * 5L' '0 0 0 ? * 5#2' '0 0 0 15W * ?' '*/10 * * * * *' '@weekly'
