// SplitMix64: the small, fully specified random generator behind crampwatch-gen.
#pragma once

#include <cstddef>
#include <cstdint>

namespace crampwatch::gen {

/// The SplitMix64 output function (Steele, Lea, Flood 2014): a strong 64-bit mixer,
/// also used to derive one seed per record from (seed, clinic, intake number).
inline std::uint64_t Scramble(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// SplitMix64: tiny, fast, and fully specified, so a seed gives the same rows
/// with every compiler and standard library. std::uniform_int_distribution
/// would not (its algorithm is left to the library), so range reduction is ours.
class SplitMix64 {
 public:
  static constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

  explicit SplitMix64(std::uint64_t seed = 0) : state_(seed) {}

  std::uint64_t Next() { return Scramble(state_ += kGolden); }
  /// Uniform in [0, n) for 0 < n <= 2^32: the high 32 bits scaled by n
  /// (bias below n / 2^32, far below anything a benchmark notices).
  std::uint32_t Below(std::uint32_t n) { return static_cast<std::uint32_t>(((Next() >> 32) * n) >> 32); }
  /// True with probability `chance`, decided on 53 random bits.
  bool Chance(double chance) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < chance; }
  /// One element of a non-empty array, uniformly.
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(static_cast<std::uint32_t>(N))];
  }

 private:
  std::uint64_t state_;
};

}  // namespace crampwatch::gen
