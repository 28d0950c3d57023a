cronexplain -f embedded/public/Artoss__labour_market_AU/prefect.yaml
