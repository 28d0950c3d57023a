cronexplain --dialect vixie '* * * * *'
