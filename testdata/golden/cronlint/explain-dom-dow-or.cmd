cronlint --explain dom-dow-or
