cronsim --color=sometimes -e "* * * * *"
