cronexplain --frobnicate
