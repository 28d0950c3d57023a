cronlint --diff -
