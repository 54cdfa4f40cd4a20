// ConceptSet: a set of concept ids as bits; asked for every field, so it costs
// a few word operations, not a loop over every combination's concepts.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace crampwatch::classify {

class ConceptSet {
 public:
  /// Empties the set and sizes it for ids [0, count).
  void Reset(std::size_t count) { words_.assign((count + 63) / 64, 0); }
  void Add(int id) { words_[Word(id)] |= Bit(id); }
  bool Contains(int id) const { return (words_[Word(id)] & Bit(id)) != 0; }
  /// REQUIRES: both sized for the same count.
  bool ContainsAll(const ConceptSet& other) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if ((other.words_[i] & ~words_[i]) != 0) return false;
    }
    return true;
  }
  /// Calls `visit(id)` for each id in the set, in increasing order.
  template <typename Visit>
  void ForEach(const Visit& visit) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      for (std::uint64_t word = words_[i]; word != 0; word &= word - 1) {
        visit(static_cast<int>(i * 64 + static_cast<std::size_t>(std::countr_zero(word))));
      }
    }
  }
  /// REQUIRES: both sized for the same count.
  void AddAll(const ConceptSet& other) {
    for (std::size_t i = 0; i < words_.size(); ++i) words_[i] |= other.words_[i];
  }

 private:
  static std::size_t Word(int id) { return static_cast<std::size_t>(id) / 64; }
  static std::uint64_t Bit(int id) { return std::uint64_t{1} << (static_cast<unsigned>(id) % 64); }

  std::vector<std::uint64_t> words_;
};

}  // namespace crampwatch::classify
