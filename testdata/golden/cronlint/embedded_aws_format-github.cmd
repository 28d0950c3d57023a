cronlint --format github embedded/aws/template.yaml embedded/aws/main.tf
