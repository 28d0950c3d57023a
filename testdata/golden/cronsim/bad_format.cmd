cronsim -e '* * * * *' --format xml
