#include "classify/concept_combiner.h"

#include <algorithm>
#include <cstdlib>

namespace crampwatch::classify {
namespace {

bool CountsFor(const Mention& piece, const RuleEntry& combination) {
  const bool cause = combination.kind == EntryKind::kCause;
  return piece.IsKind(EntryKind::kConcept) &&
         piece.Counts(cause && combination.chronic, cause && combination.shared);
}

// Whether a plain phrase of the same kind and code already counts in the field.
bool NamedPlainly(const std::vector<Mention>& mentions, const RuleEntry& combination) {
  for (const Mention& mention : mentions) {
    const RuleEntry& entry = *mention.entry;
    if (entry.kind == combination.kind && entry.code == combination.code && !entry.IsCombination() &&
        mention.Counts(entry.chronic, entry.shared)) {
      return true;
    }
  }
  return false;
}

std::uint32_t Distance(const Mention& a, const Mention& b) {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}

// Finds the pieces of `combination` around each mention of its first concept;
// fills `found` (indices into mentions) and returns true at the first fit.
bool FindPieces(const RuleEntry& combination, const std::vector<Mention>& mentions,
                const std::vector<int>& sentence_of, std::vector<std::size_t>& found) {
  const std::size_t concepts = combination.concept_ids.size();
  for (std::size_t anchor = 0; anchor < mentions.size(); ++anchor) {
    const Mention& first = mentions[anchor];
    if (first.entry->concept_id != combination.concept_ids[0] || !CountsFor(first, combination)) continue;
    found.assign(1, anchor);
    for (std::size_t c = 1; c < concepts; ++c) {
      std::size_t best = mentions.size();
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        const Mention& piece = mentions[m];
        if (piece.entry->concept_id != combination.concept_ids[c] || !CountsFor(piece, combination)) continue;
        if (std::abs(sentence_of[m] - sentence_of[anchor]) >= combination.sentences) continue;
        if (std::find(found.begin(), found.end(), m) != found.end()) continue;
        if (best == mentions.size() || Distance(first, piece) < Distance(first, mentions[best])) best = m;
      }
      if (best == mentions.size()) break;
      found.push_back(best);
    }
    if (found.size() != concepts) continue;
    std::uint32_t from = mentions[found[0]].first, to = mentions[found[0]].last;
    int low = sentence_of[found[0]], high = low;
    for (std::size_t m : found) {
      from = std::min(from, mentions[m].first);
      to = std::max(to, mentions[m].last);
      low = std::min(low, sentence_of[m]);
      high = std::max(high, sentence_of[m]);
    }
    bool in_window = combination.window == 0 || to - from <= static_cast<std::uint32_t>(combination.window);
    if (in_window && high - low < combination.sentences) return true;
  }
  return false;
}

constexpr int kWordsShownBetween = 2;

int WordsIn(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool word_byte = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     static_cast<unsigned char>(c) >= 0x80;
    if (word_byte && !in_word) ++words;
    in_word = word_byte;
  }
  return words;
}

}  // namespace

void FindUsefulConcepts(const RuleSet& rules, const std::vector<PhraseMatch>& matches, ConceptSet& useful,
                        std::vector<std::uint32_t>& complete) {
  const auto count = static_cast<std::size_t>(rules.concept_count());
  useful.Reset(count);
  complete.clear();
  thread_local ConceptSet present;
  present.Reset(count);
  for (const PhraseMatch& match : matches) {
    if (match.kind == EntryKind::kConcept) present.Add(match.concept_id);
  }
  // Each combination is asked once, under its first concept.
  present.ForEach([&](int concept_id) {
    for (std::uint32_t c : rules.CombinationsLedBy(concept_id)) {
      const ConceptSet& concepts = rules.combinations()[c]->concept_set;
      if (!present.ContainsAll(concepts)) continue;
      useful.AddAll(concepts);
      complete.push_back(c);
    }
  });
  std::sort(complete.begin(), complete.end());
}

void AddCombinations(const RuleSet& rules, const std::vector<std::uint32_t>& complete,
                     std::vector<Mention>& mentions, std::vector<int>& sentence_of, std::vector<Piece>& pieces) {
  // Most fields complete no combination: they hold no useful concept at all.
  if (complete.empty()) return;
  const std::size_t plain = mentions.size();
  thread_local std::vector<std::size_t> found;
  for (std::uint32_t c : complete) {
    const RuleEntry* combination = rules.combinations()[c];
    if (!FindPieces(*combination, mentions, sentence_of, found)) continue;
    std::sort(found.begin(), found.end(),
              [&](std::size_t a, std::size_t b) { return mentions[a].first < mentions[b].first; });
    Mention combined;
    combined.entry = combination;
    combined.first_piece = static_cast<std::uint32_t>(pieces.size());
    combined.first = mentions[found.front()].first;
    combined.begin = mentions[found.front()].begin;
    for (std::size_t m : found) {
      const Mention& piece = mentions[m];
      combined.last = std::max(combined.last, piece.last);
      combined.end = std::max(combined.end, piece.end);
      combined.possible |= piece.possible;
      if (piece.possible && !combined.possible_by) combined.possible_by = piece.possible_by;
      combined.historical |= piece.historical;
      if (piece.historical && !combined.historical_by) combined.historical_by = piece.historical_by;
      pieces.push_back({piece.begin, piece.end});
      ++combined.piece_count;
    }
    // The combination reads its pieces more precisely than a plain phrase of another
    // code sharing their words: "numb" in "numb round the back passage" is cauda
    // equina, not a neurological deficit. So it does even where a phrase of its
    // own code already stands, and then it adds nothing more.
    for (std::size_t m = 0; m < plain; ++m) {
      Mention& other = mentions[m];
      if (other.entry->kind != combination->kind || other.entry->code == combination->code) continue;
      for (std::size_t p = combined.first_piece; p < pieces.size(); ++p) {
        if (pieces[p].begin < other.end && other.begin < pieces[p].end) other.superseded = true;
      }
    }
    if (NamedPlainly(mentions, *combination)) {
      pieces.resize(combined.first_piece);
      continue;
    }
    const int sentence = sentence_of[found.front()];
    mentions.push_back(combined);
    sentence_of.push_back(sentence);
  }
}

std::string EvidenceOf(const Mention& mention, std::string_view text, const std::vector<Piece>& pieces) {
  if (mention.piece_count == 0) return std::string(text.substr(mention.begin, mention.end - mention.begin));
  std::string evidence;
  std::size_t previous_end = 0;
  for (std::size_t p = mention.first_piece; p < mention.first_piece + mention.piece_count; ++p) {
    auto [begin, end] = pieces[p];
    if (p > mention.first_piece) {
      // Pieces a word or two apart ("calf is puffy") read as written; farther
      // apart, a gap mark stands for the words between.
      std::string_view gap = begin > previous_end ? text.substr(previous_end, begin - previous_end) : "";
      evidence += WordsIn(gap) <= kWordsShownBetween ? std::string(gap) : " \u2026 ";
    }
    if (end > previous_end) evidence += text.substr(std::max(begin, previous_end), end - std::max(begin, previous_end));
    previous_end = std::max(previous_end, end);
  }
  return evidence;
}

}  // namespace crampwatch::classify
