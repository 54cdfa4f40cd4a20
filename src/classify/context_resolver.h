// ContextResolver: decides, within one sentence, which targets are negated, possible,
// hypothetical, historical or about someone else (NegEx/ConText; docs/classifier.md, "Reading a field").
#pragma once

#include <array>
#include <vector>

#include "classify/phrase_matcher.h"
#include "classify/rule_set.h"
#include "classify/tokenizer.h"

namespace crampwatch::classify {

/// A target phrase (cramp word, site, night term, cause, red flag) with its context.
struct Mention {
  const RuleEntry* entry = nullptr;
  std::uint32_t first = 0;  // token range in its sentence's field
  std::uint32_t last = 0;
  std::size_t begin = 0;    // byte offsets of the words in the field (set by the classifier)
  std::size_t end = 0;
  bool negated = false;
  bool possible = false;
  bool hypothetical = false;
  bool historical = false;
  bool family = false;
  bool superseded = false;  // its words are a piece of a combination of another code
  const RuleEntry* possible_by = nullptr;    // the trigger that made it possible
  const RuleEntry* historical_by = nullptr;  // the trigger that made it historical
  // A combination of concepts: its pieces are [first_piece, first_piece +
  // piece_count) of the field's list of pieces (kept apart: a mention is made
  // for every target, and a small one is cheap to make).
  std::uint32_t first_piece = 0;
  std::uint32_t piece_count = 0;

  bool IsKind(EntryKind kind) const { return entry->kind == kind; }
  /// Affirmed or possible, about the patient (or anyone where `shared`), not
  /// hypothetical, and current (or historical where `chronic`).
  bool Counts(bool chronic, bool shared = false) const {
    return !negated && (!family || shared) && !hypothetical && !superseded && (!historical || chronic);
  }
};

/// What the resolver needs to know of a sentence beyond its words.
struct SentenceContext {
  bool family_section = false;   // inside "FHx:": every mention is about someone else
  bool opens_complaint = false;  // the complaint's first sentence: a relative opening it narrates
  bool in_complaint = false;      // reporters ("wife says") act in the complaint only
  bool may_name_patient = false;  // the complaint's first two sentences
  // In and out: a relative opened the complaint as its narrator ("Dad rang."), and
  // then the first relative named after it is the patient ("Son woke crying").
  enum class Narration { kNone, kNarrated, kPatientNamed };
  Narration narration = Narration::kNone;
};

/// The rules' context logic, applied one sentence at a time.
class ContextResolver {
 public:
  /// `rules` must outlive the resolver.
  explicit ContextResolver(const RuleSet& rules) : rules_(rules) {}

  /// Reusable buffers, one per thread.
  struct Scratch {
    std::vector<PhraseMatch> targets;
    std::vector<PhraseMatch> modifiers;
    std::vector<PhraseMatch> all_modifiers;
    std::vector<PhraseMatch> kept;
    std::vector<PhraseMatch> companions;  // [companion] phrases: they compete with nothing
    std::array<std::vector<PhraseMatch>, 6> groups;  // targets by competing group
  };

  /// Resolves the targets among `matches` (all matches inside `sentence`,
  /// section headers already removed) and appends them to `out`.
  void Resolve(const std::vector<Token>& tokens, const Sentence& sentence,
               const std::vector<PhraseMatch>& matches, SentenceContext& context,
               Scratch& scratch, std::vector<Mention>& out) const;

 private:
  bool Passes(const PhraseMatch& match, const std::vector<Token>& tokens,
              const Sentence& sentence) const;
  bool ScopeIsCut(const std::vector<PhraseMatch>& modifiers, std::uint32_t from, std::uint32_t to,
                  ModifierKind kind) const;
  // Whether a [clause] phrase right after a comma (or, for a negation, one opening
  // with "and") starts a new clause in tokens [from, to): a forward scope of `kind`
  // does not run into it. A family scope never ends there.
  bool NewClauseBetween(const std::vector<Token>& tokens, const std::vector<PhraseMatch>& modifiers,
                        std::uint32_t from, std::uint32_t to, ModifierKind kind) const;

  const RuleSet& rules_;
};

}  // namespace crampwatch::classify
