cronexplain --dialect bsd '* * * * *'
