cronexplain --compare all --dialect cronie '* * * * *'
