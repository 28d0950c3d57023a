cronlint lint/python-unversioned.crontab --disable all --enable python-unversioned
