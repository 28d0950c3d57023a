cronexport --no-config export/does-not-exist
