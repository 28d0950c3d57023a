cronexplain --format xml '* * * * *'
