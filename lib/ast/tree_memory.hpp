#pragma once
// Where a big tree's memory comes from. A million-line crontab's tree takes several hundred
// megabytes, and touching that memory for the first time costs more than parsing into it: with
// 4 KiB pages the kernel takes one fault for every 4 KiB. The tree's large blocks therefore ask
// for transparent huge pages (2 MiB), which the kernel grants on Linux when
// /sys/kernel/mm/transparent_hugepage/enabled says `madvise` or `always`. A small file's blocks
// are below the size where this applies, and elsewhere the advice is a no-op.

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <vector>

namespace cronkit {

// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with huge pages.
// Only advice: the memory works the same whatever the answer.
void advise_huge_pages(const void* data, std::size_t bytes);

// Reserves room for `count` elements and advises the block (see above).
template <typename T>
void reserve_tree_storage(std::vector<T>& storage, std::size_t count) {
  storage.reserve(count);
  advise_huge_pages(storage.data(), storage.capacity() * sizeof(T));
}

// An arena whose first block holds `expected_bytes` (it grows as needed), taking its blocks from
// the heap with the same advice.
std::unique_ptr<std::pmr::monotonic_buffer_resource> make_tree_arena(std::size_t expected_bytes);

}  // namespace cronkit
