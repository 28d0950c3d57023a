# Schedules of three kinds of resource.

resource "aws_cloudwatch_event_rule" "hourly_cleanup" {
  name                = "hourly-cleanup"
  description         = "Removes \"stale\" exports"
  schedule_expression = "cron(*/30 * * * ? *)"
}

resource "aws_cloudwatch_event_rule" "report" {
  # 7:00 am Pacific time, Monday to Friday
  schedule_expression = "cron(0 15 ? * \u0032-6 *)"
}

resource "aws_scheduler_schedule" "backup" {
  name                         = "backup"
  schedule_expression          = "cron(0 3 * * ? *)" # at 3:00
  schedule_expression_timezone = "Europe/Berlln"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.backup.arn
    role_arn = aws_iam_role.scheduler.arn
    input    = jsonencode({ schedule_expression = "ignored" })
  }
}

resource "aws_cloudwatch_event_rule" "templated" {
  schedule_expression = "cron(0 ${var.hour} * * ? *)"
}

resource "aws_cloudwatch_event_rule" "from_variable" {
  schedule_expression = var.schedule
}

resource "google_cloud_scheduler_job" "ping" {
  name      = "ping"
  schedule  = "*/8 * * * 7"
  time_zone = "America/New_York"

  http_target {
    http_method = "POST"
    uri         = "https://example.com/ping"
    body        = base64encode(<<-EOT
      {"schedule": "not read"}
    EOT
    )
  }
}
