cronexplain -f embedded/public/kota65535__terraform-aws-ecs-saver/cloudwatch.tf --next 2 --from 2026-03-07T12:00
