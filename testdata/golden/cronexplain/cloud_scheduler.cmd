cronexplain --dialect cloud-scheduler '0 0 1 * SAT' '0 9 * * 1-5' '0 0 L * *'
