cronlint embedded/aws/template.yaml embedded/aws/template.json embedded/aws/serverless.yml embedded/aws/main.tf embedded/aws/broken.tf
