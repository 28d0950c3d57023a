// lib/embedded's AWS and Terraform kinds: CloudFormation and SAM templates (YAML and JSON),
// Serverless Framework services, Terraform files; where each schedule and zone is in the file,
// byte for byte through escapes, and what is reported as not a literal.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "embedded/embedded.hpp"
#include "lint/lint.hpp"

namespace cronkit::embedded {
namespace {

Extraction extract(FileKind kind, std::string_view text) {
  return file_kind(kind).extract(text);
}

// "line:column text": where the found text starts and the bytes of the file it covers.
std::string where(std::string_view text, const FoundText& found) {
  const Span span = LineIndex(text).span(found.begin, found.end);
  return std::to_string(span.line) + ":" + std::to_string(span.column) + " " +
         std::string(text.substr(found.begin, found.end - found.begin));
}
std::string where(std::string_view text, const FileProblem& problem) {
  const Span span = LineIndex(text).span(problem.begin, problem.end);
  return std::to_string(span.line) + ":" + std::to_string(span.column) + " " + problem.rule;
}

TEST(AwsFileKinds, AreRecognisedByPathAndContent) {
  EXPECT_EQ(recognise_file_kind("infra/template.yaml",
                                "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"),
            FileKind::cloudformation);
  EXPECT_EQ(
      recognise_file_kind("sam.yml", "Resources:\n  F:\n    Type: AWS::Serverless::Function\n"),
      FileKind::cloudformation);
  EXPECT_EQ(
      recognise_file_kind("stack.json",
                          "{\n  \"Resources\": {\n    \"R\": {\"Type\": \"AWS::Events::Rule\"}}}"),
      FileKind::cloudformation);
  EXPECT_EQ(recognise_file_kind("stack.template", "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"),
            FileKind::cloudformation);
  // `Resources` alone, or AWS:: in a value that is not a Type, is not enough.
  EXPECT_EQ(recognise_file_kind("values.yaml", "Resources:\n  cpu: 1\n"), std::nullopt);
  EXPECT_EQ(recognise_file_kind("notes.yaml", "text: see AWS::Events::Rule\n"), std::nullopt);
  EXPECT_EQ(recognise_file_kind("svc/serverless.yml", ""), FileKind::serverless);
  EXPECT_EQ(recognise_file_kind("serverless.yaml", ""), FileKind::serverless);
  EXPECT_EQ(recognise_file_kind("my-serverless.yml", "functions: {}\n"), std::nullopt);
  EXPECT_EQ(recognise_file_kind("infra/main.tf", ""), FileKind::terraform);
  EXPECT_EQ(recognise_file_kind("infra/main.tf.json", "{}"), std::nullopt);
  EXPECT_EQ(file_kind_named("cloudformation")->id, FileKind::cloudformation);
  EXPECT_EQ(file_kind_named("serverless")->id, FileKind::serverless);
  EXPECT_EQ(file_kind_named("terraform")->id, FileKind::terraform);
}

TEST(CloudFormationSchedules, RulesSchedulesAndSamEvents) {
  const std::string text =
      "AWSTemplateFormatVersion: '2010-09-09'\n"
      "Resources:\n"
      "  Nightly:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      Description: nightly export\n"
      "      ScheduleExpression: 'cron(0 3 * * ? *)'\n"
      "  Pattern:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      EventPattern: {source: [aws.ec2]}\n"
      "  Report:\n"
      "    Type: AWS::Scheduler::Schedule\n"
      "    Properties:\n"
      "      ScheduleExpression: cron(0 9 ? * MON-FRI *)\n"
      "      ScheduleExpressionTimezone: America/New_York\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Events:\n"
      "        Api: {Type: Api, Properties: {Path: /}}\n"
      "        Tick:\n"
      "          Type: Schedule\n"
      "          Properties:\n"
      "            Schedule: rate(5 minutes)\n"
      "        Tock:\n"
      "          Type: ScheduleV2\n"
      "          Properties:\n"
      "            ScheduleExpression: \"at(2030-01-01T00:00:00)\"\n"
      "            ScheduleExpressionTimezone: Europe/Berlin\n";
  const Extraction found = extract(FileKind::cloudformation, text);
  ASSERT_TRUE(found.problems.empty());
  ASSERT_EQ(found.schedules.size(), 4u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "7:28 cron(0 3 * * ? *)");
  EXPECT_EQ(found.schedules[0].dialect, DialectId::eventbridge);
  EXPECT_EQ(found.schedules[0].owner, "AWS::Events::Rule Nightly");
  ASSERT_EQ(found.schedules[0].labels.size(), 2u);
  EXPECT_EQ(found.schedules[0].labels[1].key, "Description");
  EXPECT_EQ(found.schedules[0].labels[1].value, "nightly export");
  EXPECT_FALSE(found.schedules[0].zone);
  EXPECT_EQ(where(text, found.schedules[1].expression), "15:27 cron(0 9 ? * MON-FRI *)");
  EXPECT_EQ(found.schedules[1].dialect, DialectId::eventbridge_scheduler);
  ASSERT_TRUE(found.schedules[1].zone);
  EXPECT_EQ(where(text, *found.schedules[1].zone), "16:35 America/New_York");
  EXPECT_EQ(found.schedules[1].zone_key, "ScheduleExpressionTimezone");
  EXPECT_EQ(where(text, found.schedules[2].expression), "25:23 rate(5 minutes)");
  EXPECT_EQ(found.schedules[2].owner, "AWS::Serverless::Function Fn event Tick");
  EXPECT_EQ(found.schedules[2].dialect, DialectId::eventbridge);
  EXPECT_EQ(where(text, found.schedules[3].expression), "29:34 at(2030-01-01T00:00:00)");
  EXPECT_EQ(found.schedules[3].dialect, DialectId::eventbridge_scheduler);
  EXPECT_EQ(found.schedules[3].zone->value, "Europe/Berlin");
}

TEST(CloudFormationSchedules, ShortFormTagsAreIntrinsicsNotYamlErrors) {
  const std::string text =
      "Resources:\n"
      "  A:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      Name: !Sub '${AWS::StackName}-a'\n"
      "      ScheduleExpression: !Ref ScheduleParameter\n"
      "  B:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      ScheduleExpression: !Sub 'cron(0 ${Hour} * * ? *)'\n"
      "      Targets: [{Arn: !GetAtt Fn.Arn, Id: x}]\n"
      "  C:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      ScheduleExpression: !If [IsProd, 'rate(1 hour)', 'rate(1 day)']\n"
      "  D:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      ScheduleExpression:\n"
      "        Fn::Sub: 'cron(0 ${Hour} * * ? *)'\n"
      "  E:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      ScheduleExpression: '{{resolve:ssm:/app/schedule}}'\n"
      "  F:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties:\n"
      "      ScheduleExpression: !!str rate(2 hours)\n";
  const Extraction found = extract(FileKind::cloudformation, text);
  ASSERT_EQ(found.problems.size(), 5u);
  EXPECT_EQ(where(text, found.problems[0]), "6:27 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("`!Ref`"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[1]), "10:27 schedule-not-literal");
  EXPECT_NE(found.problems[1].message.find("`!Sub`"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[2]), "15:27 schedule-not-literal");
  EXPECT_EQ(where(text, found.problems[3]), "20:9 schedule-not-literal");
  EXPECT_NE(found.problems[3].message.find("`Fn::Sub`"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[4]), "24:28 schedule-not-literal");
  // YAML's own `!!str` is a literal.
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "28:33 rate(2 hours)");
}

TEST(CloudFormationSchedules, JsonStringsKeepExactPlacesThroughEscapes) {
  const std::string text =
      "{\n"
      "\t\"AWSTemplateFormatVersion\": \"2010-09-09\",\n"
      "\t\"Resources\": {\n"
      "\t\t\"Rule\": {\n"
      "\t\t\t\"Type\": \"AWS::Events::Rule\",\n"
      "\t\t\t\"Properties\": {\n"
      "\t\t\t\t\"Description\": \"caf\\u00e9 \\\"nightly\\\"\",\n"
      "\t\t\t\t\"ScheduleExpression\": \"cron(0 3 \\u002A * \\u003F *)\"\n"
      "\t\t\t}\n"
      "\t\t},\n"
      "\t\t\"Ref\": {\"Type\": \"AWS::Events::Rule\", \"Properties\": {\"ScheduleExpression\": "
      "{\"Ref\": \"S\"}}},\n"
      "\t\t\"Slash\": {\"Type\": \"AWS::Events::Rule\", \"Properties\": {\"ScheduleExpression\": "
      "\"rate(1\\/2 hours)\"}}\n"
      "\t}\n"
      "}\n";
  const Extraction found = extract(FileKind::cloudformation, text);
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("`Ref`"), std::string::npos);
  ASSERT_EQ(found.schedules.size(), 2u);
  const FoundText& cron = found.schedules[0].expression;
  EXPECT_EQ(cron.value, "cron(0 3 * * ? *)");
  EXPECT_TRUE(cron.exact);
  EXPECT_EQ(where(text, cron).substr(0, 5), "8:28 ");
  // `*` is `\u002A`: six bytes of the file; the bytes after it are shifted by five.
  EXPECT_EQ(text.substr(cron.sources[9].begin, cron.sources[9].end - cron.sources[9].begin),
            "\\u002A");
  EXPECT_EQ(LineIndex(text).span(cron.sources[13].begin, cron.sources[13].end).column, 46u);
  EXPECT_EQ(found.schedules[0].labels[1].value, "caf\xC3\xA9 \"nightly\"");
  // JSON's `\/` is a `/`.
  EXPECT_EQ(found.schedules[1].expression.value, "rate(1/2 hours)");
  EXPECT_EQ(text.substr(found.schedules[1].expression.sources[6].begin, 2), "\\/");
}

TEST(CloudFormationSchedules, ResourcesMissingOrOfOtherShapesAreSkipped) {
  EXPECT_TRUE(extract(FileKind::cloudformation, "Resources: []\n").schedules.empty());
  EXPECT_TRUE(extract(FileKind::cloudformation, "Outputs: {}\n").schedules.empty());
  const Extraction bad = extract(FileKind::cloudformation, "Resources: {A: [\n");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].rule, "yaml-syntax");
}

TEST(ServerlessSchedules, StringsMappingsAndRateLists) {
  const std::string text =
      "service: app\n"
      "provider:\n"
      "  name: aws\n"
      "functions:\n"
      "  first:\n"
      "    description: Sends the report\n"
      "    events:\n"
      "      - http: GET /\n"
      "      # every minute\n"
      "      - schedule: rate(1 minute)\n"
      "  second:\n"
      "    events:\n"
      "      - schedule:\n"
      "          rate:\n"
      "            - cron(0 8 ? * MON-FRI *)\n"
      "            - 'cron(0 10 ? * SAT-SUN *)'\n"
      "          enabled: false\n"
      "          input: {key: value}\n"
      "      - schedule:\n"
      "          rate: ${self:custom.rate}\n"
      "      - schedule:\n"
      "          method: scheduler\n"
      "          rate: cron(0 9 * * ? *)\n"
      "          timezone: Europe/Paris\n";
  const Extraction found = extract(FileKind::serverless, text);
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(where(text, found.problems[0]), "20:17 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("function second events[1]"), std::string::npos);
  ASSERT_EQ(found.schedules.size(), 4u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "10:19 rate(1 minute)");
  EXPECT_EQ(found.schedules[0].owner, "function first events[1]");
  EXPECT_EQ(found.schedules[0].labels[1].value, "Sends the report");
  EXPECT_EQ(where(text, found.schedules[1].expression), "15:15 cron(0 8 ? * MON-FRI *)");
  EXPECT_EQ(where(text, found.schedules[2].expression), "16:16 cron(0 10 ? * SAT-SUN *)");
  EXPECT_EQ(found.schedules[2].dialect, DialectId::eventbridge);
  EXPECT_EQ(found.schedules[3].dialect, DialectId::eventbridge_scheduler);
  EXPECT_EQ(where(text, *found.schedules[3].zone), "24:21 Europe/Paris");
}

TEST(ServerlessSchedules, OtherProvidersAreNotEventBridge) {
  const std::string text =
      "provider:\n  name: openwhisk\nfunctions:\n  f:\n    events:\n      - schedule: cron(* * * * "
      "*)\n";
  EXPECT_TRUE(extract(FileKind::serverless, text).schedules.empty());
  EXPECT_TRUE(extract(FileKind::serverless, text).problems.empty());
}

TEST(ServerlessSchedules, CloudFormationResourcesOfTheServiceToo) {
  const std::string text =
      "functions:\n"
      "  f:\n"
      "    events:\n"
      "      - schedule: rate(1 day)\n"
      "resources:\n"
      "  Resources:\n"
      "    Poll:\n"
      "      Type: AWS::Events::Rule\n"
      "      Properties:\n"
      "        ScheduleExpression: cron(0/3 * * * ? *)\n";
  const Extraction found = extract(FileKind::serverless, text);
  ASSERT_TRUE(found.problems.empty());
  ASSERT_EQ(found.schedules.size(), 2u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "4:19 rate(1 day)");
  EXPECT_EQ(where(text, found.schedules[1].expression), "10:29 cron(0/3 * * * ? *)");
  EXPECT_EQ(found.schedules[1].owner, "AWS::Events::Rule Poll");
  EXPECT_EQ(found.schedules[1].dialect, DialectId::eventbridge);
}

TEST(TerraformSchedules, TheThreeResourceTypes) {
  const std::string text =
      "# A rule\n"
      "resource \"aws_cloudwatch_event_rule\" \"nightly\" {\n"
      "  name                = \"nightly-export\"\n"
      "  description         = \"Runs the export\"\n"
      "  schedule_expression = \"cron(0 3 * * ? *)\" # UTC\n"
      "}\n"
      "\n"
      "resource \"aws_scheduler_schedule\" \"report\" {\n"
      "  flexible_time_window {\n"
      "    mode = \"OFF\"\n"
      "  }\n"
      "  schedule_expression_timezone = \"Europe/Berlin\"\n"
      "  schedule_expression          = \"cron(0 9 ? * MON-FRI *)\"\n"
      "  target {\n"
      "    arn   = aws_lambda_function.f.arn\n"
      "    input = jsonencode({ schedule_expression = \"not this\" })\n"
      "  }\n"
      "}\n"
      "resource \"google_cloud_scheduler_job\" \"job\" {\n"
      "  schedule  = \"*/8 * * * *\"\n"
      "  time_zone = \"America/New_York\"\n"
      "  retry_config { retry_count = 1 }\n"
      "}\n"
      "resource \"aws_cloudwatch_event_target\" \"t\" { schedule_expression = \"x\" }\n"
      "data \"aws_cloudwatch_event_rule\" \"d\" { schedule_expression = \"rate(1 day)\" }\n";
  const Extraction found = extract(FileKind::terraform, text);
  ASSERT_TRUE(found.problems.empty()) << found.problems[0].message;
  ASSERT_EQ(found.schedules.size(), 3u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "5:26 cron(0 3 * * ? *)");
  EXPECT_EQ(found.schedules[0].dialect, DialectId::eventbridge);
  EXPECT_EQ(found.schedules[0].owner, "aws_cloudwatch_event_rule.nightly");
  ASSERT_EQ(found.schedules[0].labels.size(), 3u);
  EXPECT_EQ(found.schedules[0].labels[1].value, "nightly-export");
  EXPECT_EQ(found.schedules[0].labels[2].value, "Runs the export");
  EXPECT_EQ(where(text, found.schedules[1].expression), "13:35 cron(0 9 ? * MON-FRI *)");
  EXPECT_EQ(found.schedules[1].dialect, DialectId::eventbridge_scheduler);
  EXPECT_EQ(where(text, *found.schedules[1].zone), "12:35 Europe/Berlin");
  EXPECT_EQ(found.schedules[1].zone_key, "schedule_expression_timezone");
  EXPECT_EQ(where(text, found.schedules[2].expression), "20:16 */8 * * * *");
  EXPECT_EQ(found.schedules[2].dialect, DialectId::cloud_scheduler);
  EXPECT_EQ(where(text, *found.schedules[2].zone), "21:16 America/New_York");
}

TEST(TerraformSchedules, EscapesKeepTheirWholeSpelling) {
  const std::string text =
      "resource \"aws_cloudwatch_event_rule\" \"r\" {\n"
      "  schedule_expression = \"cron(0 \\u0033 * * \\x3F *)\"\n"
      "}\n";
  // `\x` is not an HCL escape: the scanner says so where it is.
  const Extraction bad = extract(FileKind::terraform, text);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(where(text, bad.problems[0]), "2:44 hcl-syntax");

  const std::string good =
      "resource \"aws_cloudwatch_event_rule\" \"r\" {\n"
      "  description = \"say \\\"hi\\\" at $${time} and %%{x}\"\n"
      "  schedule_expression = \"cron(0 \\u0033 * * \\u003F *)\"\n"
      "}\n";
  const Extraction found = extract(FileKind::terraform, good);
  ASSERT_TRUE(found.problems.empty()) << found.problems[0].message;
  ASSERT_EQ(found.schedules.size(), 1u);
  const FoundText& cron = found.schedules[0].expression;
  EXPECT_EQ(cron.value, "cron(0 3 * * ? *)");
  EXPECT_EQ(good.substr(cron.sources[7].begin, cron.sources[7].end - cron.sources[7].begin),
            "\\u0033");
  // After the escape, `*` is five bytes further right than its place in the value.
  EXPECT_EQ(LineIndex(good).span(cron.sources[9].begin, cron.sources[9].end).column, 40u);
  EXPECT_EQ(found.schedules[0].labels[1].value, "say \"hi\" at ${time} and %{x}");
}

TEST(TerraformSchedules, ExpressionsAndInterpolationsAreNotLiterals) {
  const std::string text =
      "resource \"aws_cloudwatch_event_rule\" \"a\" {\n"
      "  schedule_expression = var.schedule\n"
      "}\n"
      "resource \"aws_cloudwatch_event_rule\" \"b\" {\n"
      "  schedule_expression = \"cron(0 ${var.hour} * * ? *)\"\n"
      "}\n"
      "resource \"aws_cloudwatch_event_rule\" \"c\" {\n"
      "  schedule_expression = local.prod ? \"rate(1 hour)\" : \"rate(1 day)\"\n"
      "}\n"
      "resource \"aws_cloudwatch_event_rule\" \"d\" {\n"
      "  schedule_expression = <<-EOT\n"
      "    rate(1 hour)\n"
      "  EOT\n"
      "}\n"
      "resource \"google_cloud_scheduler_job\" \"e\" {\n"
      "  schedule = format(\"%d * * * *\",\n"
      "    var.minute)\n"
      "}\n";
  const Extraction found = extract(FileKind::terraform, text);
  EXPECT_TRUE(found.schedules.empty());
  ASSERT_EQ(found.problems.size(), 5u);
  EXPECT_EQ(where(text, found.problems[0]), "2:25 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("`var.schedule`"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[1]), "5:33 schedule-not-literal");
  EXPECT_NE(found.problems[1].message.find("an interpolation"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[2]), "8:25 schedule-not-literal");
  EXPECT_EQ(where(text, found.problems[3]), "11:25 schedule-not-literal");
  EXPECT_NE(found.problems[3].message.find("a heredoc"), std::string::npos);
  EXPECT_EQ(where(text, found.problems[4]), "16:14 schedule-not-literal");
}

TEST(TerraformSchedules, CommentsAndHeredocsAreSkipped) {
  const std::string text =
      "/* resource \"aws_cloudwatch_event_rule\" \"x\" {\n"
      "  schedule_expression = \"cron(bad)\"\n"
      "} */\n"
      "// resource \"google_cloud_scheduler_job\" \"y\" { schedule = \"bad\" }\n"
      "locals {\n"
      "  policy = <<EOF\n"
      "{ \"unbalanced\": \"{{{\" }\n"
      "EOF\n"
      "}\n"
      "resource \"aws_cloudwatch_event_rule\" \"z\" {\n"
      "  # schedule_expression = \"rate(1 day)\"\n"
      "  schedule_expression = \"rate(7 days)\" // weekly\n"
      "}\n";
  const Extraction found = extract(FileKind::terraform, text);
  ASSERT_TRUE(found.problems.empty()) << found.problems[0].message;
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "12:26 rate(7 days)");
}

TEST(TerraformSchedules, WhatCannotBeReadIsAnErrorWhereItStops) {
  auto error_at = [](std::string_view text) {
    const Extraction found = extract(FileKind::terraform, text);
    if (found.problems.empty()) return std::string("none");
    return where(text, found.problems.back()) + ": " + found.problems.back().message;
  };
  EXPECT_EQ(error_at("resource \"aws_cloudwatch_event_rule\" \"r\" {\n"
                     "  schedule_expression = \"rate(1 day)\n}\n"),
            "2:25 hcl-syntax: not HCL: a string that is not closed on its line");
  EXPECT_EQ(error_at("/* open\n"), "1:1 hcl-syntax: not HCL: a `/*` comment that is never closed");
  EXPECT_EQ(error_at("x = 1\n}\n"), "2:1 hcl-syntax: not HCL: a `}` that closes no block");
  EXPECT_EQ(error_at("resource \"a\" \"b\" {\n  x = 1\n"),
            "3:1 hcl-syntax: not HCL: the file ends inside a block (a `}` is missing)");
  EXPECT_EQ(error_at("x = <<EOT\nno end\n"),
            "1:5 hcl-syntax: not HCL: a heredoc whose closing `EOT` never comes");
  // The resources before the error are still read.
  const std::string text =
      "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  schedule_expression = \"rate(1 day)\"\n}\n"
      "resource \"x\" \"y\" {\n  a = \"open\n}\n";
  EXPECT_EQ(extract(FileKind::terraform, text).schedules.size(), 1u);
}

}  // namespace
}  // namespace cronkit::embedded
