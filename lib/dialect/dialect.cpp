#include "dialect/dialect.hpp"

#include "dialect/dialect_table.hpp"

namespace cronkit {

const Dialect& dialect(DialectId id) {
  switch (id) {
    case DialectId::debian:
      return dialect_table::debian;
    case DialectId::cronie:
      return dialect_table::cronie;
    case DialectId::bsd:
      return dialect_table::bsd;
    case DialectId::busybox:
      return dialect_table::busybox;
    case DialectId::supercronic:
      return dialect_table::supercronic;
    case DialectId::systemd_cron:
      return dialect_table::systemd_cron;
    case DialectId::quartz:
      return dialect_table::quartz;
    case DialectId::kubernetes:
      return dialect_table::kubernetes;
    case DialectId::github_actions:
      return dialect_table::github_actions;
    case DialectId::airflow:
      return dialect_table::airflow;
    case DialectId::prefect:
      return dialect_table::prefect;
    case DialectId::prefect_day_or_false:
      return dialect_table::prefect_day_or_false;
    case DialectId::dagster:
      return dialect_table::dagster;
    case DialectId::gitlab:
      return dialect_table::gitlab;
    case DialectId::eventbridge:
      return dialect_table::eventbridge;
    case DialectId::eventbridge_scheduler:
      return dialect_table::eventbridge_scheduler;
    case DialectId::spring:
      return dialect_table::spring;
    case DialectId::azure:
      return dialect_table::azure;
    case DialectId::cloud_scheduler:
      return dialect_table::cloud_scheduler;
  }
  return dialect_table::debian;
}

std::optional<DialectId> dialect_from_name(std::string_view name) {
  for (DialectId id : all_dialects) {
    if (dialect(id).name == name) return id;
  }
  return std::nullopt;
}

}  // namespace cronkit
