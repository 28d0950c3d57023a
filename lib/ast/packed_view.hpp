#pragma once
// A view of a run of objects (an address and a length) in 12 bytes aligned to 4, where
// std::string_view and std::span take 16 bytes aligned to 8. The tree's fields and field items
// hold views, and a million-line crontab holds millions of them: with these, a FieldItem is 28
// bytes instead of 32 and a Field 40 instead of 48, which is memory the parser need not fault in
// and zero. The address is kept as bytes (copied in and out, which compiles to one unaligned
// load or store), so the view asks for 4-byte alignment only; the length is 32-bit, as a Span's
// offsets are: nothing in a tree is longer than the file, which is less than 4 GiB.

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cronkit {

template <typename T>
class PackedView {
 public:
  PackedView() = default;
  PackedView(const T* data, std::size_t size) : size_(static_cast<std::uint32_t>(size)) {
    std::memcpy(address_, &data, sizeof data);
  }

  const T* data() const {
    const T* data;
    std::memcpy(&data, address_, sizeof data);
    return data;
  }
  std::uint32_t size() const { return size_; }

 private:
  static_assert(sizeof(const T*) % sizeof(std::uint32_t) == 0);
  std::uint32_t address_[sizeof(const T*) / sizeof(std::uint32_t)]{};
  std::uint32_t size_ = 0;
};

}  // namespace cronkit
