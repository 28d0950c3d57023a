cronlint config/system/maintenance
