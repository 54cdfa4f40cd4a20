#include "classify/phrase_matcher.h"

#include <algorithm>
#include <atomic>

namespace crampwatch::classify {

PhraseMatcher::PhraseMatcher(const std::vector<RuleEntry>& entries, const std::vector<std::string>& known_words) {
  terminals_.emplace_back();  // the root
  for (std::uint32_t index = 0; index < entries.size(); ++index) {
    if (entries[index].pattern.empty()) continue;  // a combination of concepts: nothing to match
    std::uint32_t node = 0;
    for (const PatternToken& token : entries[index].pattern) {
      std::uint32_t symbol = kNumberSymbol;
      switch (token.type) {
        case PatternToken::Type::kNumber:
          break;
        case PatternToken::Type::kWord: {
          auto [it, added] = words_.emplace(token.text, next_symbol_);
          if (added) ++next_symbol_;
          symbol = it->second;
          sections_of_.resize(next_symbol_);
          sections_of_[symbol].insert(SectionOf(entries[index]));
          break;
        }
        case PatternToken::Type::kPrefix: {
          auto& bucket = prefixes_[token.text.substr(0, 3)];
          auto found = std::find_if(bucket.begin(), bucket.end(),
                                    [&](const auto& prefix) { return prefix.first == token.text; });
          if (found == bucket.end()) {
            bucket.emplace_back(token.text, next_symbol_++);
            found = bucket.end() - 1;
          }
          symbol = found->second;
          break;
        }
      }
      node = AddChild(node, symbol);
    }
    terminals_[node].push_back(index);
  }
  for (std::uint32_t index = 0; index < entries.size(); ++index) {
    const RuleEntry& entry = entries[index];
    PhraseMatch& match = entry_matches_.emplace_back();
    match.entry = index;
    match.kind = entry.kind;
    match.conditional = !entry.near_group.empty() || entry.below || entry.above;
    match.hides = entry.hides;
    match.family = entry.kind == EntryKind::kModifier && entry.modifier == ModifierKind::kFamily;
    match.concept_id = static_cast<std::int16_t>(entry.concept_id);
  }
  Freeze();
  variants_ = std::make_unique<WordVariants>(word_list_, known_words);
  FindStemSymbols();
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id++;
}

PhraseMatcher::~PhraseMatcher() = default;

namespace {

// Words of up to kPackedWord bytes, most of them, are their own key: their
// bytes, packed. Longer ones are hashed with FNV-1a, which beats longer-winded
// hashes on a few bytes.
constexpr std::size_t kPackedWord = 8;

std::uint64_t WordKey(std::string_view word) {
  std::uint64_t key = 0;
  if (word.size() <= kPackedWord) {
    for (std::size_t i = 0; i < word.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    return key;
  }
  key = 0xcbf29ce484222325ull;
  for (char c : word) key = (key ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return key;
}

// Whether `a` is `b`, given their WordKeys are equal: two packed words of one
// length are the same word. Longer ones are compared byte by byte, as a memcmp
// call costs more than the loop on a few bytes.
bool SameWordOfKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() <= kPackedWord) return true;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// The first three bytes and the length, exactly: a prefix pattern shorter
// than three characters never equals the key of a token's first three.
std::uint64_t PrefixKey(std::string_view start) {
  std::uint64_t key = start.size();
  for (char c : start.substr(0, 3)) key = key << 8 | static_cast<unsigned char>(c);
  return key;
}

// A thread's answers from WordVariants, whose lookups allocate and hash each
// inflection and deletion: most words that are no lexicon word come again and
// again ("the", "patient"). Direct-mapped by the word's hash, so it stays
// bounded; a word whose slot another took is looked up again.
struct VariantCache {
  static constexpr int kSlotBits = 13;  // 8,192 words, about 600 KiB
  struct Slot {
    std::uint64_t owner = 0;  // PhraseMatcher::id_; 0: empty
    std::uint64_t key = 0;
    std::string word;
    std::vector<std::uint32_t> symbols;
  };
  std::vector<Slot> slots = std::vector<Slot>(std::size_t{1} << kSlotBits);

  Slot& SlotOf(std::uint64_t key) { return slots[(key * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)]; }
};

}  // namespace

void PhraseMatcher::Freeze() {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  for (auto& [word, symbol] : words_) {
    keys.emplace_back(WordKey(word), static_cast<std::uint32_t>(word_list_.size()));
    word_list_.emplace_back(word, symbol);
  }
  word_index_.Build(keys);

  keys.clear();
  for (auto& [start, bucket] : prefixes_) {
    keys.emplace_back(PrefixKey(start), static_cast<std::uint32_t>(prefix_buckets_.size()));
    prefix_buckets_.push_back(std::move(bucket));
  }
  prefix_index_.Build(keys);

  keys.clear();
  root_children_.assign(next_symbol_, 0);
  child_bits_.assign(terminals_.size(), 0);
  for (const auto& [key, child] : edges_) {
    if (key >> 32 == 0) {
      root_children_[key & 0xFFFFFFFFu] = child;
    } else {
      keys.emplace_back(key, child);
      child_bits_[key >> 32] |= std::uint64_t{1} << (key % 64);
    }
  }
  edge_index_.Build(keys);

  for (const std::vector<std::uint32_t>& entries : terminals_) {
    terminal_begin_.push_back(static_cast<std::uint32_t>(terminal_entries_.size()));
    terminal_entries_.insert(terminal_entries_.end(), entries.begin(), entries.end());
  }
  terminal_begin_.push_back(static_cast<std::uint32_t>(terminal_entries_.size()));

  words_ = {};
  prefixes_ = {};
  edges_ = {};
  terminals_ = {};
}

std::uint32_t PhraseMatcher::Child(std::uint32_t node, std::uint32_t symbol) const {
  if ((child_bits_[node] & std::uint64_t{1} << (symbol % 64)) == 0) return 0;
  return edge_index_.Find(EdgeKey(node, symbol)).value_or(0);
}

std::uint32_t PhraseMatcher::AddChild(std::uint32_t node, std::uint32_t symbol) {
  auto [it, added] = edges_.emplace(EdgeKey(node, symbol), 0);
  if (added) {
    it->second = static_cast<std::uint32_t>(terminals_.size());
    terminals_.emplace_back();
  }
  return it->second;
}

std::string PhraseMatcher::SectionOf(const RuleEntry& entry) {
  return std::to_string(static_cast<int>(entry.kind)) + "/" + std::to_string(static_cast<int>(entry.modifier)) + "/" +
         entry.code;
}

void PhraseMatcher::FindStemSymbols() {
  stem_symbols_.resize(word_list_.size());
  for (std::size_t i = 0; i < word_list_.size(); ++i) {
    const auto& [word, symbol] = word_list_[i];
    if (word.size() <= WordVariants::kMinInflectedStem) continue;
    for (const std::string& stem : WordVariants::InflectionStems(word)) {
      const auto same_word = [&](std::uint32_t index) { return word_list_[index].first == stem; };
      auto index = word_index_.Find(WordKey(stem), same_word);
      if (!index) continue;
      // Where every section that lists the stem lists the word too ("cramp" and
      // "cramps" side by side), the word already reads as itself there: the stem
      // would only find the same things twice, at a cost on every token.
      const std::uint32_t stem_symbol = word_list_[*index].second;
      const auto& stem_sections = sections_of_[stem_symbol];
      const auto& word_sections = sections_of_[symbol];
      if (std::includes(word_sections.begin(), word_sections.end(), stem_sections.begin(), stem_sections.end())) {
        continue;
      }
      stem_symbols_[i].push_back(stem_symbol);
    }
  }
  sections_of_ = {};
}

void PhraseMatcher::SymbolsOf(const Token& token, std::vector<std::uint32_t>& symbols) const {
  const std::string_view text = token.text;
  if (token.type == Token::Type::kNumber) symbols.push_back(kNumberSymbol);
  const auto same_word = [&](std::uint32_t index) { return SameWordOfKey(word_list_[index].first, text); };
  const std::uint64_t key = WordKey(text);
  if (auto index = word_index_.Find(key, same_word)) {
    symbols.push_back(word_list_[*index].second);
    symbols.insert(symbols.end(), stem_symbols_[*index].begin(), stem_symbols_[*index].end());
  } else if (token.type == Token::Type::kWord && text.size() > WordVariants::kMinInflectedStem) {
    VariantSymbolsOf(text, key, symbols);
  }
  if (text.size() >= 3) {
    if (auto bucket = prefix_index_.Find(PrefixKey(text.substr(0, 3)))) {
      for (const auto& [prefix, symbol] : prefix_buckets_[*bucket]) {
        if (text.starts_with(prefix)) symbols.push_back(symbol);
      }
    }
  }
}

void PhraseMatcher::VariantSymbolsOf(std::string_view word, std::uint64_t key,
                                     std::vector<std::uint32_t>& symbols) const {
  thread_local VariantCache cache;
  VariantCache::Slot& slot = cache.SlotOf(key);
  if (slot.owner != id_ || slot.key != key || slot.word != word) {
    slot.owner = 0;  // until filled: the lookup may throw
    slot.key = key;
    slot.word.assign(word);
    slot.symbols.clear();
    variants_->FallbackSymbols(word, slot.symbols);
    slot.owner = id_;
  }
  symbols.insert(symbols.end(), slot.symbols.begin(), slot.symbols.end());
}

void PhraseMatcher::FindAll(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                            Scratch& scratch, std::vector<PhraseMatch>& out) const {
  scratch.symbols.clear();
  scratch.symbol_begin.clear();
  for (std::size_t i = first; i < last; ++i) {
    scratch.symbol_begin.push_back(static_cast<std::uint32_t>(scratch.symbols.size()));
    SymbolsOf(tokens[i], scratch.symbols);
  }
  scratch.symbol_begin.push_back(static_cast<std::uint32_t>(scratch.symbols.size()));

  const auto add_matches = [&](std::uint32_t node, std::size_t start, std::size_t end) {
    for (std::uint32_t t = terminal_begin_[node]; t < terminal_begin_[node + 1]; ++t) {
      PhraseMatch& match = out.emplace_back(entry_matches_[terminal_entries_[t]]);
      match.first = static_cast<std::uint32_t>(start);
      match.last = static_cast<std::uint32_t>(end);
    }
  };
  for (std::size_t start = first; start < last; ++start) {
    // The first step, from the root, reads its array directly: most start
    // positions begin no phrase and end here.
    scratch.frontier.clear();
    std::size_t offset = start - first;
    for (std::uint32_t s = scratch.symbol_begin[offset]; s < scratch.symbol_begin[offset + 1]; ++s) {
      std::uint32_t child = root_children_[scratch.symbols[s]];
      if (child == 0) continue;
      scratch.frontier.push_back(child);
      add_matches(child, start, start + 1);
    }
    for (std::size_t position = start + 1; position < last && !scratch.frontier.empty(); ++position) {
      scratch.next.clear();
      offset = position - first;
      for (std::uint32_t node : scratch.frontier) {
        for (std::uint32_t s = scratch.symbol_begin[offset]; s < scratch.symbol_begin[offset + 1]; ++s) {
          std::uint32_t child = Child(node, scratch.symbols[s]);
          if (child == 0) continue;
          scratch.next.push_back(child);
          add_matches(child, start, position + 1);
        }
      }
      scratch.frontier.swap(scratch.next);
    }
  }
}

}  // namespace crampwatch::classify
