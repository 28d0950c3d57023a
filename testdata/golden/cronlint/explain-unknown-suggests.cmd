cronlint --explain dst
