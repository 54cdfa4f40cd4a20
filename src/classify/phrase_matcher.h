// PhraseMatcher: finds every rules-file phrase in a run of tokens, in one pass (a token trie).
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/flat_index.h"
#include "classify/rule_set.h"
#include "classify/tokenizer.h"
#include "classify/word_variants.h"

namespace crampwatch::classify {

/// One occurrence of an entry's phrase: tokens [first, last).
struct PhraseMatch {
  std::uint32_t entry = 0;  // index into RuleSet::entries()
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  // The entry's kind and concept id, copied here: the loops over matches ask
  // for them, and reading the entries themselves cost a cache miss each.
  EntryKind kind = EntryKind::kCause;
  bool conditional = false;  // the entry has @near, @below or @above
  bool hides = false;        // the entry is an @not phrase
  bool family = false;       // the entry is a [modifier family ...] trigger
  std::int16_t concept_id = -1;
};

/// A trie over token symbols built from every entry's pattern. A token's
/// symbols are its word, each `prefix*` it starts with, and `<num>` for a
/// number; a word that is not a lexicon word also gets the lexicon words it is
/// an inflection or a typo of (WordVariants). From each start position the trie
/// is walked while some branch continues, so the cost grows with the text, not
/// with the number of rules.
class PhraseMatcher {
 public:
  /// `known_words`: the rules' [known_word] list, never read as another word.
  PhraseMatcher(const std::vector<RuleEntry>& entries, const std::vector<std::string>& known_words);
  ~PhraseMatcher();

  /// Reusable buffers, one per thread.
  struct Scratch {
    std::vector<std::uint32_t> symbols;        // flat: each token's symbols
    std::vector<std::uint32_t> symbol_begin;   // per token, into symbols (+1 sentinel)
    std::vector<std::uint32_t> frontier;
    std::vector<std::uint32_t> next;
  };

  /// Appends to `out` every match lying inside tokens[first, last).
  void FindAll(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
               Scratch& scratch, std::vector<PhraseMatch>& out) const;

 private:
  static constexpr std::uint32_t kNumberSymbol = 0;

  static std::uint64_t EdgeKey(std::uint32_t node, std::uint32_t symbol) {
    return static_cast<std::uint64_t>(node) << 32 | symbol;
  }
  // The child of `node` by `symbol`, or 0. REQUIRES: `node` is not the root,
  // whose children FindAll reads from root_children_.
  std::uint32_t Child(std::uint32_t node, std::uint32_t symbol) const;
  std::uint32_t AddChild(std::uint32_t node, std::uint32_t symbol);
  // Lays the built trie out for matching: the build-time maps move into the
  // flat tables below.
  void Freeze();
  void FindStemSymbols();
  // The section an entry belongs to, as a key: kind, modifier kind and code.
  static std::string SectionOf(const RuleEntry& entry);
  void SymbolsOf(const Token& token, std::vector<std::uint32_t>& symbols) const;
  // The fallback symbols of a word that is no lexicon word, through the thread's cache.
  void VariantSymbolsOf(std::string_view word, std::uint64_t key, std::vector<std::uint32_t>& symbols) const;

  // While building.
  std::unordered_map<std::string, std::uint32_t> words_;
  // Prefix patterns, by their first three characters.
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::uint32_t>>> prefixes_;
  std::uint32_t next_symbol_ = 1;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // EdgeKey -> child
  std::vector<std::vector<std::uint32_t>> terminals_;       // per node: entries ending there

  // For matching, which is mostly these lookups; their hashing and cache
  // misses were its cost. Words by their key (a short word's bytes, packed; a
  // longer one's hash) -> index into word_list_.
  FlatIndex word_index_;
  std::vector<std::pair<std::string, std::uint32_t>> word_list_;  // word, symbol
  // Per word of word_list_, the symbols of the lexicon words it is an inflection of
  // ("periods": `period`): a lexicon word still reads as its stems, so a phrase
  // added to one section never changes what a word means to another.
  std::vector<std::vector<std::uint32_t>> stem_symbols_;
  std::vector<std::set<std::string>> sections_of_;  // by word symbol, while building
  // Prefixes by their first three bytes -> index into prefix_buckets_.
  FlatIndex prefix_index_;
  std::vector<std::vector<std::pair<std::string, std::uint32_t>>> prefix_buckets_;
  // Every start position asks the root: its children are an array by symbol
  // (0: none); the other edges are by EdgeKey.
  std::vector<std::uint32_t> root_children_;
  FlatIndex edge_index_;
  // The entries ending at node n: terminal_entries_[terminal_begin_[n], terminal_begin_[n + 1]).
  std::vector<std::uint32_t> terminal_begin_;
  std::vector<std::uint32_t> terminal_entries_;
  // Per node but the root, a bit for each `symbol % 64` among its children's:
  // most steps past a phrase's first word find no child, and this tells so
  // without a lookup in edge_index_.
  std::vector<std::uint64_t> child_bits_;
  // Per entry, its PhraseMatch with all but the token range filled in: one
  // copy per match instead of a read of each field's own table.
  std::vector<PhraseMatch> entry_matches_;
  std::unique_ptr<const WordVariants> variants_;
  // Tells this matcher's entries in a thread's cache from another's (one that
  // was destroyed may have had the same address).
  std::uint64_t id_ = 0;
};

}  // namespace crampwatch::classify
