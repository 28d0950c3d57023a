cronexplain -f embedded/aws/template.yaml
