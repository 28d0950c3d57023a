cronsim -e '* * * * *' --svg out.svg
