// WordVariants: which lexicon words a text word is a regular inflection or a one-edit typo of.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace crampwatch::classify {

/// The lexicon's words (each with the matcher's symbol for it) and the
/// fallbacks that give a text word, which is not itself a lexicon word, the
/// symbols of the lexicon words it is a form of (rules/FORMAT.md, "Word forms"):
///  1. a regular inflection of a lexicon word of 3+ letters ("worried" -> worry,
///     "hiking" -> hike, "stopped" -> stop, "crampy" -> cramp);
///  2. failing that, for a word of 6+ letters, a lexicon word of 6+ letters one
///     edit away (optimal string alignment: a substitution, insertion, deletion
///     or swap of neighbours), found through an index of each long lexicon word
///     and its single-letter deletions.
/// A [known_word] gets neither: it is read only as itself ("making" is not a
/// typo of "waking", "bled" no form of "ble").
/// Built once; const methods may be called from any number of threads. The
/// lookups allocate: the matcher caches their answers per thread.
class WordVariants {
 public:
  static constexpr std::size_t kMinInflectedStem = 3;
  static constexpr std::size_t kMinTypoLength = 6;

  /// `words`: every lexicon word with its symbol; `known_words`: real words
  /// that are never read as another word.
  WordVariants(const std::vector<std::pair<std::string, std::uint32_t>>& words,
               const std::vector<std::string>& known_words);

  /// Appends to `symbols` the symbols `word` gets from the fallbacks, sorted
  /// and without repeats; nothing for a lexicon word, or a word with anything
  /// but the letters a-z.
  void FallbackSymbols(std::string_view word, std::vector<std::uint32_t>& symbols) const;

  /// The words `word` would be an inflection of, if they were lexicon words
  /// (each at least kMinInflectedStem letters): "stopped" -> "stoppe", "stop".
  /// Spelling rules keep out the impossible: "-es" only after s, x, z, ch, sh
  /// or o; no "-ed" after an e; a one-vowel word ending consonant-vowel-consonant
  /// takes "-ed", "-ing" and "-y" only after doubling ("noting" is not "not").
  static std::vector<std::string> InflectionStems(std::string_view word);

  /// Whether `a` and `b` are at most one edit apart (optimal string alignment).
  static bool WithinOneEdit(std::string_view a, std::string_view b);

 private:
  std::unordered_map<std::string, std::uint32_t> words_;  // word -> symbol
  std::unordered_set<std::string> known_words_;
  // Each lexicon word of kMinTypoLength+ letters, and each of its single-letter
  // deletions -> indices into long_words_.
  std::unordered_map<std::string, std::vector<std::uint32_t>> deletions_;
  std::vector<std::pair<std::string, std::uint32_t>> long_words_;  // word, symbol
};

}  // namespace crampwatch::classify
