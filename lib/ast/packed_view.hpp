#pragma once
// A view of a run of objects (an address and a length) in 12 bytes aligned to 4, where
// std::string_view and std::span take 16 bytes aligned to 8. The tree holds millions of views in a
// big crontab (every field and field item has one), and what the tree's nodes weigh is memory the
// parser must fault in and zero: see Field and FieldItem in ast.hpp. The address is kept as its
// bytes (copied in and out, which compiles to one unaligned load or store), so the view asks for
// 4-byte alignment only; the length is 32-bit, as a Span's offsets are: nothing in a tree is
// longer than its file, and the parser refuses files of max_source_bytes or more.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

namespace cronkit {

template <typename T>
class PackedView {
 public:
  PackedView() = default;
  PackedView(const T* data, std::size_t size) : size_(static_cast<std::uint32_t>(size)) {
    assert(size <= std::numeric_limits<std::uint32_t>::max());
    std::memcpy(address_, &data, sizeof data);
  }

  const T* data() const {
    const T* data;
    std::memcpy(&data, address_, sizeof data);
    return data;
  }
  std::uint32_t size() const { return size_; }

 private:
  unsigned char address_[sizeof(const T*)]{};  // all zero: a null address
  std::uint32_t size_ = 0;
};

}  // namespace cronkit
