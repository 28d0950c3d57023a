cronexplain --version
