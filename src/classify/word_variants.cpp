#include "classify/word_variants.h"

#include <algorithm>

namespace crampwatch::classify {
namespace {

bool IsLetters(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "stopp" ends in a doubled consonant: "stopped" may be "stop" + "ped".
bool EndsInDoubledConsonant(std::string_view stem) {
  std::size_t n = stem.size();
  return n >= 2 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]);
}

// A word of one vowel ending in consonant, vowel, consonant doubles its last
// letter before -ed, -ing and -y ("stop": "stopped"), so "noting" is no form of
// "not", nor "shiny" of "shin".
bool DoublesLastLetter(std::string_view stem) {
  std::size_t n = stem.size();
  if (n < 3 || std::count_if(stem.begin(), stem.end(), IsVowel) != 1) return false;
  char last = stem[n - 1];
  return !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(stem[n - 2]) &&
         !IsVowel(stem[n - 3]);
}

// -es follows a hiss or an o ("boxes", "bruises" is bruise + s); "shines" is no form of "shin".
bool TakesEs(std::string_view stem) {
  return stem.ends_with("s") || stem.ends_with("x") || stem.ends_with("z") || stem.ends_with("ch") ||
         stem.ends_with("sh") || stem.ends_with("o");
}

// Calls `visit` with each single-letter deletion of `word`, repeats included.
template <typename Visit>
void ForEachDeletion(std::string_view word, const Visit& visit) {
  std::string deleted;
  for (std::size_t i = 0; i < word.size(); ++i) {
    deleted.assign(word.substr(0, i));
    deleted.append(word.substr(i + 1));
    visit(deleted);
  }
}

}  // namespace

WordVariants::WordVariants(const std::vector<std::pair<std::string, std::uint32_t>>& words,
                           const std::vector<std::string>& known_words)
    : known_words_(known_words.begin(), known_words.end()) {
  for (const auto& [word, symbol] : words) {
    words_.emplace(word, symbol);
    if (word.size() < kMinTypoLength || !IsLetters(word)) continue;
    const auto index = static_cast<std::uint32_t>(long_words_.size());
    long_words_.emplace_back(word, symbol);
    deletions_[word].push_back(index);
    ForEachDeletion(word, [&](const std::string& deleted) {
      std::vector<std::uint32_t>& indices = deletions_[deleted];
      if (indices.empty() || indices.back() != index) indices.push_back(index);  // "swollen" - either l
    });
  }
}

std::vector<std::string> WordVariants::InflectionStems(std::string_view word) {
  std::vector<std::string> stems;
  const auto add = [&](std::string_view stem, std::string_view tail = {}) {
    if (stem.size() + tail.size() < kMinInflectedStem) return;
    std::string full(stem);
    full.append(tail);
    stems.push_back(std::move(full));
  };
  const auto drop = [&](std::size_t n) { return word.substr(0, word.size() - n); };
  // A word ending in 'e' takes "-d", never "-ed": "bleed" is no form of "ble"
  // (bilateral lower extremities).
  const auto add_plain = [&](std::string_view stem) {
    if (!stem.ends_with("e") && !DoublesLastLetter(stem)) add(stem);
  };
  if (word.ends_with("s")) add(drop(1));                                  // cramps
  if (word.ends_with("es") && TakesEs(drop(2))) add(drop(2));             // boxes
  if (word.ends_with("ies") || word.ends_with("ied")) add(drop(3), "y");  // worries, worried
  if (word.ends_with("ed")) {
    add_plain(drop(2));                                                   // walked
    add(drop(1));                                                         // hiked: "hike" + "d"
    if (EndsInDoubledConsonant(drop(2))) add(drop(3));                    // stopped
  }
  if (word.ends_with("ing")) {
    if (!DoublesLastLetter(drop(3))) add(drop(3));                        // walking, seeing
    add(drop(3), "e");                                                    // hiking, freezing
    if (EndsInDoubledConsonant(drop(3))) add(drop(4));                    // swimming
  }
  if (word.ends_with("y") && !DoublesLastLetter(drop(1))) add(drop(1));   // crampy, sweaty
  return stems;
}

bool WordVariants::WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // equal, or one letter added at the end
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);  // one letter inserted
  if (a.substr(i + 1) == b.substr(i + 1)) return true;              // one letter replaced
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

void WordVariants::FallbackSymbols(std::string_view word, std::vector<std::uint32_t>& symbols) const {
  if (!IsLetters(word)) return;
  const std::string text(word);
  // An exact word never takes another's symbols; a known word is read only as itself.
  if (words_.contains(text) || known_words_.contains(text)) return;
  const std::size_t start = symbols.size();
  for (const std::string& stem : InflectionStems(word)) {
    if (auto found = words_.find(stem); found != words_.end()) symbols.push_back(found->second);
  }
  if (symbols.size() == start && word.size() >= kMinTypoLength) {
    const auto visit = [&](const std::string& key) {
      auto found = deletions_.find(key);
      if (found == deletions_.end()) return;
      for (std::uint32_t index : found->second) {
        if (WithinOneEdit(word, long_words_[index].first)) symbols.push_back(long_words_[index].second);
      }
    };
    visit(text);
    ForEachDeletion(word, visit);
  }
  std::sort(symbols.begin() + static_cast<std::ptrdiff_t>(start), symbols.end());
  symbols.erase(std::unique(symbols.begin() + static_cast<std::ptrdiff_t>(start), symbols.end()), symbols.end());
}

}  // namespace crampwatch::classify
