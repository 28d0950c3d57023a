#include "ast/tree_memory.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cronkit {

namespace {

constexpr std::uintptr_t huge_page_bytes = std::uintptr_t{2} << 20;

// The heap's memory, advised block by block. glibc serves blocks this large with mmap, so each
// has pages of its own that no other allocation shares.
class HugePageHeap final : public std::pmr::memory_resource {
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    void* block = std::pmr::new_delete_resource()->allocate(bytes, alignment);
    advise_huge_pages(block, bytes);
    return block;
  }
  void do_deallocate(void* block, std::size_t bytes, std::size_t alignment) override {
    std::pmr::new_delete_resource()->deallocate(block, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
    return this == &other;
  }
};

}  // namespace

void advise_huge_pages(const void* data, std::size_t bytes) {
#if defined(MADV_HUGEPAGE)
  // Only the whole huge pages inside the block: the partial ones at its ends may share 4 KiB
  // pages with other allocations, whose memory the advice must not change.
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + huge_page_bytes - 1) & ~(huge_page_bytes - 1);
  const std::uintptr_t last = (begin + bytes) & ~(huge_page_bytes - 1);
  if (data != nullptr && last > first) {
    // Advice the kernel may refuse (no THP support, or `never`): nothing to report.
    static_cast<void>(madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE));
  }
#else
  static_cast<void>(data);
  static_cast<void>(bytes);
#endif
}

std::unique_ptr<std::pmr::monotonic_buffer_resource> make_tree_arena(std::size_t expected_bytes) {
  static HugePageHeap heap;
  return std::make_unique<std::pmr::monotonic_buffer_resource>(expected_bytes, &heap);
}

}  // namespace cronkit
