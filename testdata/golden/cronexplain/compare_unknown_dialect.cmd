cronexplain --compare debian,vixie '* * * * *'
