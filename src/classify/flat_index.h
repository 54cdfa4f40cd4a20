// FlatIndex: a read-only hash multimap from 64-bit keys to 32-bit values, laid out flat.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace crampwatch::classify {

/// Built once, then read by any number of threads. Open addressing with
/// linear probing, at most half full, key and value side by side: a lookup
/// is a multiply and mostly one cache line, where std::unordered_map takes a
/// division and a pointer chase per lookup (the phrase matcher's main cost).
/// A key may be stored several times (hashes of different words): Find asks
/// the caller which of its values is meant.
class FlatIndex {
 public:
  /// Replaces the contents with `entries` (key, value).
  void Build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
    std::size_t size = 2;
    int bits = 1;
    while (size < 2 * entries.size()) {
      size *= 2;
      ++bits;
    }
    shift_ = 64 - bits;
    slots_.assign(size, Slot{});
    for (const auto& [key, value] : entries) {
      std::size_t slot = Home(key);
      while (slots_[slot].used) slot = (slot + 1) & (size - 1);
      slots_[slot] = Slot{key, value, true};
    }
  }

  /// The first value stored under `key` that `accept(value)` takes, if any.
  template <typename Accept>
  std::optional<std::uint32_t> Find(std::uint64_t key, const Accept& accept) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = Home(key); slots_[slot].used; slot = (slot + 1) & mask) {
      if (slots_[slot].key == key && accept(slots_[slot].value)) return slots_[slot].value;
    }
    return std::nullopt;
  }

  /// The value stored under `key` (a key stored once), if any.
  std::optional<std::uint32_t> Find(std::uint64_t key) const {
    return Find(key, [](std::uint32_t) { return true; });
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
    bool used = false;
  };

  // Fibonacci hashing: the key times 2^64 / golden ratio; the top bits index the table.
  std::size_t Home(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  std::vector<Slot> slots_;
  int shift_ = 63;
};

}  // namespace crampwatch::classify
