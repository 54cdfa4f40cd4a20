#include "classify/context_resolver.h"

#include <algorithm>
#include <optional>

namespace crampwatch::classify {
namespace {

// Targets compete only within their group, so a site inside a cause phrase
// ("cold feet") still says where the cramp is, while "stomach cramps" hides
// its cramp word and "calf swelling" beats a bare "swelling".
int TargetGroup(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCramp:
    case EntryKind::kCrampWord:
    case EntryKind::kNotCramp:
      return 1;
    case EntryKind::kCause:
    case EntryKind::kRedFlag:
      return 2;
    case EntryKind::kSite:
      return 3;
    case EntryKind::kNight:
    case EntryKind::kNotNight:
      return 4;
    case EntryKind::kConcept:
      return 5;
    case EntryKind::kModifier:
    case EntryKind::kPseudo:
    case EntryKind::kTerminate:
    case EntryKind::kSectionHeader:
    case EntryKind::kClauseStart:
    case EntryKind::kReporter:
    case EntryKind::kCompanion:
    case EntryKind::kSelfVisit:
      return 0;
  }
  return 0;
}

// Whether a comma stands anywhere from token `from` to token `to` (inclusive).
bool CommaBetween(const std::vector<Token>& tokens, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t i = from; i <= to && i < tokens.size(); ++i) {
    if (tokens[i].after_comma) return true;
  }
  return false;
}

bool Overlaps(const PhraseMatch& a, const PhraseMatch& b) { return a.first < b.last && b.first < a.last; }

// KeepLeftmostLongest of two matches or more.
void KeepLeftmostLongestOfSeveral(std::vector<PhraseMatch>& matches, std::vector<PhraseMatch>& kept) {
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    if (a.concept_id != b.concept_id) return a.concept_id < b.concept_id;
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last > b.last;
    return a.entry < b.entry;
  });
  kept.clear();
  std::size_t run = 0;  // where the kept matches of the current concept begin
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const PhraseMatch& match = matches[i];
    if (i > 0 && matches[i - 1].concept_id != match.concept_id) run = kept.size();
    bool blocked = false;
    for (std::size_t k = run; k < kept.size() && !blocked; ++k) {
      blocked = Overlaps(match, kept[k]) && !(match.first == kept[k].first && match.last == kept[k].last);
    }
    if (!blocked) kept.push_back(match);
  }
  matches.swap(kept);
}

// Leftmost-longest: keeps, in text order, each match that overlaps no match
// kept before it, except one with exactly the same span (two entries naming
// the same words both stand). Concepts compete only within themselves: they
// are independent readings of the words ("calf" may be a {leg_part} and part
// of a {calf_pain} at once); every other match has concept id -1.
// Most groups of a sentence hold no match or one: nothing to sort or block,
// and inline here they cost no call that saves and restores registers.
inline void KeepLeftmostLongest(std::vector<PhraseMatch>& matches, std::vector<PhraseMatch>& kept) {
  if (matches.size() > 1) KeepLeftmostLongestOfSeveral(matches, kept);
}

// How far (in tokens) from a reporting word a relative may stand and still be
// its speaker: "wife says", "mum has noticed", "per daughter". The relative on
// the other side may be the patient ("says her daughter...") or not ("mentions
// his dad gets cramps"): only the complaint's opening words decide that.
constexpr std::uint32_t kReporterReach = 3;
// A relative within the first words of a complaint ("My son...", "Mum says...")
// is telling the patient's story, not a family history.
constexpr std::uint32_t kOpeningWords = 4;

// Whether `trigger` names a relative who narrates, as the speaker of a reporting word.
bool IsNarrator(const PhraseMatch& trigger, const std::vector<PhraseMatch>& modifiers,
                const std::vector<RuleEntry>& entries) {
  for (const PhraseMatch& reporter : modifiers) {
    if (reporter.kind != EntryKind::kReporter) continue;
    const bool speaker_before = entries[reporter.entry].direction == Direction::kBackward;
    if (speaker_before && reporter.first >= trigger.last && reporter.first - trigger.last <= kReporterReach) return true;
    if (!speaker_before && trigger.first >= reporter.last && trigger.first - reporter.last <= kReporterReach) return true;
  }
  return false;
}

// Whether `trigger` names a relative right after a companion phrase: in "walked to
// the shops with his son" and "at her daughter's wedding" the relative is company or
// an occasion, and what follows is still the patient's; but in "lives with his son,
// who has diabetes" the relative goes on to be a subject.
bool IsCompanion(const PhraseMatch& trigger, const std::vector<PhraseMatch>& companions,
                 const std::vector<Token>& tokens) {
  if (trigger.last < tokens.size() && (tokens[trigger.last].text == "who" || tokens[trigger.last].text == "whose")) {
    return false;
  }
  return std::any_of(companions.begin(), companions.end(),
                     [&](const PhraseMatch& companion) { return companion.last == trigger.first; });
}

bool IsFamilyTrigger(const PhraseMatch& match, const std::vector<RuleEntry>& entries) {
  const RuleEntry& entry = entries[match.entry];
  return entry.kind == EntryKind::kModifier && entry.modifier == ModifierKind::kFamily;
}

// Whether a word between a narrator and a relative makes the relative a reason or a
// likeness rather than the subject: "Dad worried because grandad had a clot".
bool ReasonBetween(const std::vector<Token>& tokens, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t t = from; t < to && t < tokens.size(); ++t) {
    const std::string_view word = tokens[t].text;
    if (word == "because" || word == "since" || word == "like" || word == "as") return true;
  }
  return false;
}

// Where a narrator speaks in the middle of a complaint ("Son says Dad has been...",
// "Her daughter reports that the cramps, which used to bother her mother..."), the
// first relative named after the narrator in that sentence is the patient: returns
// that relative's first token, if there is one.
std::optional<std::uint32_t> FirstRelativeAfterNarrator(const std::vector<PhraseMatch>& modifiers,
                                                        const std::vector<PhraseMatch>& companions,
                                                        const std::vector<RuleEntry>& entries,
                                                        const std::vector<Token>& tokens) {
  std::optional<std::uint32_t> narrator_end;
  for (const PhraseMatch& trigger : modifiers) {
    if (!IsFamilyTrigger(trigger, entries) || !IsNarrator(trigger, modifiers, entries)) continue;
    if (!narrator_end || trigger.last < *narrator_end) narrator_end = trigger.last;
  }
  if (!narrator_end) return std::nullopt;
  std::optional<std::uint32_t> patient;
  for (const PhraseMatch& trigger : modifiers) {
    if (!IsFamilyTrigger(trigger, entries) || trigger.first < *narrator_end) continue;
    if (IsNarrator(trigger, modifiers, entries) || IsCompanion(trigger, companions, tokens)) continue;
    if (!patient || trigger.first < *patient) patient = trigger.first;
  }
  if (patient && ReasonBetween(tokens, *narrator_end, *patient)) return std::nullopt;
  return patient;
}

}  // namespace

bool ContextResolver::Passes(const PhraseMatch& match, const std::vector<Token>& tokens,
                             const Sentence& sentence) const {
  const RuleEntry& entry = rules_.entries()[match.entry];
  if (entry.below || entry.above) {
    // Each pattern token matches one text token; only the <num> ones are compared.
    for (std::size_t i = 0; i < entry.pattern.size(); ++i) {
      if (entry.pattern[i].type != PatternToken::Type::kNumber) continue;
      double value = tokens[match.first + i].value;
      if ((entry.below && !(value < *entry.below)) || (entry.above && !(value > *entry.above))) {
        return false;
      }
    }
  }
  if (!entry.near_group.empty()) {
    auto window = static_cast<std::uint32_t>(entry.near_window);
    std::uint32_t from = match.first > sentence.first + window ? match.first - window
                                                               : static_cast<std::uint32_t>(sentence.first);
    std::uint32_t to = std::min<std::uint32_t>(static_cast<std::uint32_t>(sentence.last), match.last + window);
    bool near = false;
    for (std::uint32_t i = from; i < to && !near; ++i) {
      if (i >= match.first && i < match.last) continue;
      near = std::binary_search(entry.near_words->begin(), entry.near_words->end(), tokens[i].text);
    }
    if (!near) return false;
  }
  return true;
}

bool ContextResolver::ScopeIsCut(const std::vector<PhraseMatch>& modifiers, std::uint32_t from,
                                 std::uint32_t to, ModifierKind kind) const {
  for (const PhraseMatch& other : modifiers) {
    if (other.first < from || other.last > to) continue;
    const RuleEntry& entry = rules_.entries()[other.entry];
    if (entry.kind == EntryKind::kTerminate && (entry.terminates_all || entry.modifier == kind)) return true;
    if (entry.kind == EntryKind::kModifier && entry.modifier == kind) return true;
  }
  return false;
}

bool ContextResolver::NewClauseBetween(const std::vector<Token>& tokens,
                                       const std::vector<PhraseMatch>& modifiers, std::uint32_t from,
                                       std::uint32_t to, ModifierKind kind) const {
  // A relative's story runs on through a clause of its own subject: "for her husband,
  // he gets cramps" and "her son is on dialysis and gets cramps" are the relative's.
  if (kind == ModifierKind::kFamily) return false;
  for (const PhraseMatch& other : modifiers) {
    if (other.first < from || other.first >= to || other.kind != EntryKind::kClauseStart) continue;
    if (tokens[other.first].after_comma) return true;
    // A negation also ends at "and" with its own subject: "without a wetsuit and both
    // his feet cramped".
    if (kind == ModifierKind::kNegated && tokens[other.first].text == "and") return true;
  }
  return false;
}

void ContextResolver::Resolve(const std::vector<Token>& tokens, const Sentence& sentence,
                              const std::vector<PhraseMatch>& matches, SentenceContext& context,
                              Scratch& scratch, std::vector<Mention>& out) const {
  const auto& entries = rules_.entries();
  scratch.modifiers.clear();
  scratch.companions.clear();
  auto& groups = scratch.groups;
  for (auto& group : groups) group.clear();
  bool relative_named = false;
  for (const PhraseMatch& match : matches) {
    int group = TargetGroup(match.kind);
    if (match.kind == EntryKind::kSectionHeader) continue;
    if (match.conditional && !Passes(match, tokens, sentence)) continue;
    if (match.kind == EntryKind::kCompanion) {
      scratch.companions.push_back(match);
    } else if (group == 0) {
      scratch.modifiers.push_back(match);
      relative_named |= match.family;
    } else {
      groups[group].push_back(match);
    }
  }
  // Reporting words ("says", ":") and companions only ever speak for a relative;
  // most sentences name none, and then they are only work.
  if (!relative_named) {
    std::erase_if(scratch.modifiers, [](const PhraseMatch& match) { return match.kind == EntryKind::kReporter; });
    scratch.companions.clear();
  }
  scratch.targets.clear();
  for (int group = 1; group <= 5; ++group) {
    KeepLeftmostLongest(groups[group], scratch.kept);
    // An @not phrase has done its work once it has kept the shorter ones out.
    std::erase_if(groups[group], [](const PhraseMatch& match) { return match.hides; });
    scratch.targets.insert(scratch.targets.end(), groups[group].begin(), groups[group].end());
  }
  // A modifier inside a longer modifier or pseudo phrase is dropped ("no relief"),
  // and so is one overlapping a target ("no heating" is a cause, not a negation).
  // A trigger inside a longer trigger of the same kind stays: in "x-ray: no
  // osteophytes" the backward ": no" and the forward "no" both negate.
  scratch.all_modifiers = scratch.modifiers;
  KeepLeftmostLongest(scratch.modifiers, scratch.kept);
  const std::size_t kept_count = scratch.modifiers.size();  // inner triggers are appended after
  for (const PhraseMatch& inner : scratch.all_modifiers) {
    const RuleEntry& inner_entry = entries[inner.entry];
    if (inner_entry.kind != EntryKind::kModifier) continue;
    for (std::size_t k = 0; k < kept_count; ++k) {
      const PhraseMatch& outer = scratch.modifiers[k];
      const RuleEntry& outer_entry = entries[outer.entry];
      bool contained = outer.first <= inner.first && inner.last <= outer.last &&
                       (outer.first != inner.first || outer.last != inner.last);
      if (contained && outer_entry.kind == EntryKind::kModifier &&
          outer_entry.modifier == inner_entry.modifier &&
          outer_entry.direction != inner_entry.direction) {
        scratch.modifiers.push_back(inner);
        break;
      }
    }
  }
  // A modifier overlapping a target is dropped, but the triggers inside it
  // still act, as they would alone: in "no fever or" (a trigger) and "no fever"
  // (a pseudo phrase) with the target "fever", the "no" still negates it.
  const auto overlaps_target = [&](const PhraseMatch& modifier) {
    for (const PhraseMatch& target : scratch.targets) {
      if (target.kind != EntryKind::kSite && Overlaps(modifier, target)) return true;
    }
    return false;
  };
  scratch.kept.clear();
  for (const PhraseMatch& outer : scratch.modifiers) {
    if (!overlaps_target(outer)) continue;
    for (const PhraseMatch& inner : scratch.all_modifiers) {
      bool contained = outer.first <= inner.first && inner.last <= outer.last &&
                       (outer.first != inner.first || outer.last != inner.last);
      if (contained && inner.kind == EntryKind::kModifier && !overlaps_target(inner)) {
        scratch.kept.push_back(inner);
      }
    }
  }
  std::erase_if(scratch.modifiers, overlaps_target);
  scratch.modifiers.insert(scratch.modifiers.end(), scratch.kept.begin(), scratch.kept.end());
  // A relative who tells the patient's story ("wife says he...") is no family
  // history, nor is the relative such a narrator names next ("Dad rang. Son woke...").
  using Narration = SentenceContext::Narration;
  const std::optional<std::uint32_t> named_by_narrator =
      context.in_complaint ? FirstRelativeAfterNarrator(scratch.modifiers, scratch.companions, entries, tokens)
                           : std::nullopt;
  std::erase_if(scratch.modifiers, [&](const PhraseMatch& trigger) {
    const RuleEntry& entry = entries[trigger.entry];
    if (entry.kind != EntryKind::kModifier || entry.modifier != ModifierKind::kFamily) return false;
    if (context.opens_complaint && trigger.first < sentence.first + kOpeningWords) {
      if (context.narration == Narration::kNone) context.narration = Narration::kNarrated;
      return true;
    }
    if (context.in_complaint && IsNarrator(trigger, scratch.modifiers, entries)) return true;
    if (named_by_narrator && trigger.first == *named_by_narrator) return true;
    if (context.in_complaint && IsCompanion(trigger, scratch.companions, tokens)) return true;
    if (context.may_name_patient && context.narration == Narration::kNarrated) {
      context.narration = Narration::kPatientNamed;
      return true;
    }
    return false;
  });

  for (const PhraseMatch& target : scratch.targets) {
    Mention mention;
    mention.entry = &entries[target.entry];
    mention.first = target.first;
    mention.last = target.last;
    mention.family = context.family_section;
    for (const PhraseMatch& trigger : scratch.modifiers) {
      const RuleEntry& modifier = entries[trigger.entry];
      if (modifier.kind != EntryKind::kModifier) continue;
      auto window = static_cast<std::uint32_t>(modifier.window);
      bool forward = modifier.direction != Direction::kBackward && trigger.last <= target.first &&
                     (window == 0 || target.first - trigger.last < window) &&
                     !ScopeIsCut(scratch.modifiers, trigger.last, target.first, modifier.modifier) &&
                     !NewClauseBetween(tokens, scratch.modifiers, trigger.last, target.first,
                                       modifier.modifier);
      // A backward trigger reaches back over words, not over a comma: in
      // "calf cramps, DVT ruled out" only the DVT is ruled out.
      bool backward = modifier.direction != Direction::kForward && trigger.first >= target.last &&
                      (window == 0 || trigger.first - target.last < window) &&
                      !ScopeIsCut(scratch.modifiers, target.last, trigger.first, modifier.modifier) &&
                      (modifier.across_commas || !CommaBetween(tokens, target.last, trigger.first));
      if (!forward && !backward) continue;
      switch (modifier.modifier) {
        case ModifierKind::kNegated: mention.negated = true; break;
        case ModifierKind::kPossible:
          mention.possible = true;
          mention.possible_by = &modifier;
          break;
        case ModifierKind::kHypothetical: mention.hypothetical = true; break;
        case ModifierKind::kHistorical:
          mention.historical = true;
          mention.historical_by = &modifier;
          break;
        case ModifierKind::kFamily: mention.family = true; break;
      }
    }
    out.push_back(mention);
  }
}

}  // namespace crampwatch::classify
