cronexport --no-config --dialect kubernetes export/monthly
