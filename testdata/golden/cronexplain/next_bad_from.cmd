cronexplain -n 2 --from yesterday '* * * * *'
