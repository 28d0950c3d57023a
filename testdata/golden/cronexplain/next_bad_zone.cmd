cronexplain -n 2 --tz Mars/Olympus '* * * * *'
