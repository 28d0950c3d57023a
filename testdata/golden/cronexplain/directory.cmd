cronexplain -f explain
