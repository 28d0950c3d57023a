cronexport --no-config --to windows export/monthly
