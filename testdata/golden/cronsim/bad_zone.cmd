cronsim -e '* * * * *' --tz Mars/Olympus_Mons
