cronexplain --help
