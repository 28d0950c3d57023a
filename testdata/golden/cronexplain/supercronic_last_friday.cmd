cronexplain --dialect supercronic '0 9 ? * friL'
