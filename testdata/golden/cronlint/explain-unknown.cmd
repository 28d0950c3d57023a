cronlint --explain no-such-rule-at-all-here
