cronlint lint/python-unversioned.good.crontab --disable all --enable python-unversioned
