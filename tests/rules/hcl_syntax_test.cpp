// hcl-syntax: a Terraform file the scanner cannot read

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions terraform{.file_kind = embedded::FileKind::terraform};

TEST(HclSyntax, AnUnclosedStringWhereItOpens) {
  const std::string text =
      "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  schedule_expression = \"cron(0 3 * * ? "
      "*)\n}\n";
  EXPECT_CATCHES_AT("hcl-syntax", text, 2, 25, terraform);
  EXPECT_EQ(only_message("hcl-syntax", text, terraform),
            "not HCL: a string that is not closed on its line");
}

TEST(HclSyntax, OtherStops) {
  EXPECT_CATCHES_AT("hcl-syntax", "locals {\n  a = 1\n}\n}\n", 4, 1, terraform);
  EXPECT_CATCHES("hcl-syntax", "/* never closed\nresource \"a\" \"b\" {}\n", terraform);
  EXPECT_CATCHES("hcl-syntax", "locals {\n  a = 1\n", terraform);
  EXPECT_CATCHES("hcl-syntax", "x = \"\\q\"\n", terraform);
  EXPECT_CATCHES("hcl-syntax", "x = <<EOT\nbody\n", terraform);
  EXPECT_CATCHES("hcl-syntax", "x = \"${var.a\"\n", terraform);
}

TEST(HclSyntax, SilentOnHclAndOnOtherKinds) {
  EXPECT_CATCHES_NOT("hcl-syntax",
                     "terraform {\n  required_version = \">= 1.0\"\n}\nlocals { a = { b = [1, 2] "
                     "} }\n# c\n// d\n/* e */\nx = <<-EOT\n  y\n  EOT\n",
                     terraform);
  EXPECT_CATCHES_NOT("hcl-syntax", "Resources: {\n",
                     {.file_kind = embedded::FileKind::cloudformation});
  EXPECT_CATCHES_NOT("hcl-syntax", "* 4 * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
