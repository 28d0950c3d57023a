cronsim --version
