// ConceptSet: a set of concept ids as bits; asked for every field, so it costs
// a few word operations, not a loop over every combination's concepts.
#pragma once

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
  bool Empty() const {
    for (std::uint64_t word : words_) {
      if (word != 0) return false;
    }
    return true;
  }
  /// REQUIRES: both sized for the same count.
  bool ContainsAll(const ConceptSet& other) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if ((other.words_[i] & ~words_[i]) != 0) return false;
    }
    return true;
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
