cronlint --format sarif embedded/aws/template.json embedded/aws/broken.tf
