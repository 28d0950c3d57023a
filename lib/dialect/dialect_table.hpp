#pragma once
// The table's rows, one per dialect, defined in the file of their family: crontab_daemons.cpp
// (the crontab readers), scheduler_dialects.cpp and croniter_dialects.cpp (schedulers that take
// one expression). dialect.cpp looks them up. Only the dialect module includes this header.

#include <cstddef>
#include <limits>

#include "dialect/dialect.hpp"

namespace cronkit::dialect_table {

// A length no real line reaches: the daemon reads lines of any length.
inline constexpr std::size_t no_limit = std::numeric_limits<std::size_t>::max();

extern const Dialect debian;
extern const Dialect cronie;
extern const Dialect bsd;
extern const Dialect busybox;
extern const Dialect supercronic;
extern const Dialect systemd_cron;

extern const Dialect quartz;
extern const Dialect kubernetes;
extern const Dialect github_actions;
extern const Dialect spring;
extern const Dialect azure;
extern const Dialect cloud_scheduler;
extern const Dialect airflow;
extern const Dialect prefect;
extern const Dialect prefect_day_or_false;
extern const Dialect dagster;
extern const Dialect gitlab;
extern const Dialect eventbridge;
extern const Dialect eventbridge_scheduler;

}  // namespace cronkit::dialect_table
