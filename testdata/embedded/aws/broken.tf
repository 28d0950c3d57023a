resource "aws_cloudwatch_event_rule" "ok" {
  schedule_expression = "rate(1 day)"
}

resource "aws_cloudwatch_event_rule" "broken" {
  schedule_expression = "rate(7 days)
}
