cronexplain '0 0 * * 5#3' '*5 * * * *'
