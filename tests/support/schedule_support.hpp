#pragma once
// Small helpers the schedule, simulator and dialect tests share: a value set written out, and a
// time zone looked up by name (a failed lookup fails the test that asked).

#include <gtest/gtest.h>

#include <bitset>
#include <cstddef>
#include <string>

#include "timezone/timezone.hpp"

namespace cronkit::testing {

// The values of a set as "a,b,c" (bit i stands for the value i).
template <std::size_t N>
std::string set_values(const std::bitset<N>& bits) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) {
    if (!bits[i]) continue;
    if (!out.empty()) out += ',';
    out += std::to_string(i);
  }
  return out;
}

inline const date::time_zone& zone(const char* name) {
  std::string error;
  const date::time_zone* found = find_zone(name, error);
  EXPECT_NE(found, nullptr) << error;
  return *found;
}

}  // namespace cronkit::testing
