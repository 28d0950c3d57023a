cronexplain --system -f -
