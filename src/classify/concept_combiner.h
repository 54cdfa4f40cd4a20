// Concept combinations: a cause, red flag or cramp made of concepts found together
// ("{swelling} + {calf}": "his calf is big and hot").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "classify/context_resolver.h"
#include "classify/rule_set.h"

namespace crampwatch::classify {

/// Sets `complete` to the combinations (indices into rules.combinations(), in
/// file order) whose concepts all appear among `matches` (a field's, before
/// context), and `useful` (by concept id) to their concepts: only these can
/// take part in a combination, so the others need no context.
void FindUsefulConcepts(const RuleSet& rules, const std::vector<PhraseMatch>& matches, ConceptSet& useful,
                        std::vector<std::uint32_t>& complete);

/// Appends to `mentions` one mention for each of the rules' combinations whose
/// concepts all have a mention that counts (affirmed or possible, about the
/// patient, current; historical too for a chronic cause) within the
/// combination's window and sentences. Each piece is the nearest such mention
/// to the first concept's. The new mention spans its pieces and is possible
/// when a piece is. A combination whose code the field already names by a
/// plain phrase that counts adds nothing; a plain cause or red flag of another
/// code sharing words with one of a combination's pieces is superseded by it (it
/// no longer counts). `sentence_of` gives each mention's
/// sentence and grows with `mentions`; a new mention's pieces are appended to
/// `pieces`.
/// A combination's piece: byte offsets in the field.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// `complete` is the field's, from FindUsefulConcepts: no other combination
/// can find all its concepts.
void AddCombinations(const RuleSet& rules, const std::vector<std::uint32_t>& complete,
                     std::vector<Mention>& mentions, std::vector<int>& sentence_of, std::vector<Piece>& pieces);

/// The words a mention stands for, as written: its span, or for a combination
/// its pieces, with the text between them where it is a word or two and
/// " … " where it is longer.
std::string EvidenceOf(const Mention& mention, std::string_view text, const std::vector<Piece>& pieces);

}  // namespace crampwatch::classify
