cronexplain --compare all
