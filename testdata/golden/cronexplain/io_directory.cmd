cronexplain -f examples
