// Where a big tree's memory comes from: its large blocks are advised to use huge pages, which the
// kernel records as the `hg` flag of the mapping in /proc/self/smaps.

#include "ast/tree_memory.hpp"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parse/parse.hpp"

namespace cronkit {
namespace {

constexpr std::size_t mib = std::size_t{1} << 20;

// Kernels built without transparent huge pages refuse the advice; the tree works the same.
bool kernel_has_huge_pages() {
  return std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled");
}

struct Mapping {
  std::uintptr_t begin = 0;
  std::uintptr_t end = 0;
  bool huge_pages_advised = false;
};

// The mapping that holds `address`, as /proc/self/smaps describes it.
Mapping mapping_at(const void* address) {
  const auto wanted = reinterpret_cast<std::uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  Mapping current;
  bool found = false;
  while (std::getline(smaps, line)) {
    const std::size_t dash = line.find('-');
    const std::size_t space = line.find(' ');
    if (dash != std::string::npos && space != std::string::npos && dash < space &&
        line.find(':') > space) {
      current = Mapping{std::stoull(line.substr(0, dash), nullptr, 16),
                        std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16), false};
      found = current.begin <= wanted && wanted < current.end;
    } else if (found && line.starts_with("VmFlags:")) {
      std::istringstream flags(line.substr(8));
      std::string flag;
      while (flags >> flag) current.huge_pages_advised |= flag == "hg";
      return current;
    }
  }
  ADD_FAILURE() << "no mapping holds " << address;
  return {};
}

// Memory of our own, so that no other allocation shares its mapping.
class OwnMapping : public ::testing::Test {
 protected:
  void SetUp() override {
    void* block = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(block, MAP_FAILED);
    base = static_cast<char*>(block);
    // A 2 MiB boundary at least 2 MiB into the mapping, whatever its alignment.
    aligned = base + (2 * mib - reinterpret_cast<std::uintptr_t>(base) % (2 * mib)) + 2 * mib;
  }
  void TearDown() override { munmap(base, size); }

  static constexpr std::size_t size = 16 * mib;
  char* base = nullptr;
  char* aligned = nullptr;
};

TEST_F(OwnMapping, OnlyWholeHugePagesInsideTheBlockAreAdvised) {
  // From 1 KiB before a boundary to 1 KiB after the next-but-one: two whole huge pages.
  advise_huge_pages(aligned - 1024, 4 * mib + 2048);
  const Mapping inside = mapping_at(aligned);
  EXPECT_EQ(inside.huge_pages_advised, kernel_has_huge_pages());
  if (kernel_has_huge_pages()) {
    EXPECT_EQ(inside.begin, reinterpret_cast<std::uintptr_t>(aligned));
    EXPECT_EQ(inside.end, reinterpret_cast<std::uintptr_t>(aligned + 4 * mib));
  }
  EXPECT_FALSE(mapping_at(aligned - 1024).huge_pages_advised) << "a partial page before";
  EXPECT_FALSE(mapping_at(aligned + 4 * mib).huge_pages_advised) << "a partial page after";
}

TEST_F(OwnMapping, ABlockWithoutAWholeHugePageIsLeftAlone) {
  advise_huge_pages(aligned + 4096, 2 * mib - 8192);
  advise_huge_pages(aligned - mib, 2 * mib);  // straddles a boundary, holds no whole page
  advise_huge_pages(nullptr, 8 * mib);
  const Mapping mapping = mapping_at(aligned);
  EXPECT_FALSE(mapping.huge_pages_advised);
  EXPECT_EQ(mapping.begin, reinterpret_cast<std::uintptr_t>(base)) << "the mapping was not split";
}

TEST_F(OwnMapping, TheMemoryKeepsItsContents) {
  for (std::size_t i = 0; i < size; i += 4096) base[i] = static_cast<char>(i / 4096);
  advise_huge_pages(base, size);
  for (std::size_t i = 0; i < size; i += 4096) {
    ASSERT_EQ(base[i], static_cast<char>(i / 4096)) << "at " << i;
  }
}

TEST(TreeMemory, ReservedStorageIsAdvised) {
  std::vector<std::uint64_t> storage;
  reserve_tree_storage(storage, 2 * 1024 * 1024);  // 16 MiB
  ASSERT_GE(storage.capacity(), 2u * 1024 * 1024);
  EXPECT_EQ(mapping_at(storage.data() + storage.capacity() / 2).huge_pages_advised,
            kernel_has_huge_pages());
  storage.resize(storage.capacity(), 7);
  EXPECT_EQ(storage.back(), 7u);
}

TEST(TreeMemory, TheArenasBigBlocksAreAdvised) {
  auto arena = make_tree_arena(16 * mib);
  auto* block = static_cast<char*>(arena->allocate(12 * mib, 8));
  EXPECT_EQ(mapping_at(block + 6 * mib).huge_pages_advised, kernel_has_huge_pages());
  block[12 * mib - 1] = 'x';
  // Smaller requests come from the same block; later blocks from the same heap.
  auto* small = static_cast<char*>(arena->allocate(64, 8));
  auto* next = static_cast<char*>(arena->allocate(32 * mib, 8));
  small[63] = 'y';
  EXPECT_EQ(mapping_at(next + 16 * mib).huge_pages_advised, kernel_has_huge_pages());
}

TEST(TreeMemory, ABigCrontabsEntriesAreAdvised) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += std::to_string(i % 60) + " 3 * * * /usr/bin/true\n";
  const Crontab tab = parse_crontab(std::move(text), ParseOptions{});
  ASSERT_EQ(tab.entries.size(), 20000u);
  EXPECT_EQ(mapping_at(&tab.entries[tab.entries.size() / 2]).huge_pages_advised,
            kernel_has_huge_pages());
  EXPECT_EQ(tab.entries[12345].command.shell_command, "/usr/bin/true");
}

}  // namespace
}  // namespace cronkit
