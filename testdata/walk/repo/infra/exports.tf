resource "aws_cloudwatch_event_rule" "nightly_export" {
  name        = "nightly-export"
  description = "Exports the day's orders"
  # Runs at 11pm every day
  schedule_expression = "cron(23 0 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly_export" {
  rule = aws_cloudwatch_event_rule.nightly_export.name
  arn  = var.export_function_arn
}
