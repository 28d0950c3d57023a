cronexplain --dialect prefect '0 30 9 * * *' '5 4 R * *' '@quarterly' '0 0 1-7 * 1'
