cronexport --help
