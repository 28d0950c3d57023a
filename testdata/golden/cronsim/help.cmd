cronsim --help
