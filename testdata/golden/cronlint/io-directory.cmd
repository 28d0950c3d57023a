cronlint examples
