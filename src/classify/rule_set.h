// RuleSet: the classifier's lexicon and context rules, parsed from a rules file.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "classify/concept_set.h"

namespace crampwatch::classify {

class PhraseMatcher;

/// What an entry of a rules file is for (its section).
enum class EntryKind {
  kCramp,        // [cramp]: a leg-cramp term that suffices alone
  kCrampWord,    // [cramp_word]: a cramp word that needs a lower-limb site in its sentence
  kNotCramp,     // [not_cramp]: cramps elsewhere ("stomach cramps"); hides the cramp word
  kSite,         // [site CODE]
  kNight,        // [night]
  kNotNight,     // [not_night]: a night word dating something else ("night shift"); hides it
  kCause,        // [cause CODE]
  kRedFlag,      // [red_flag CODE]
  kModifier,     // [modifier KIND DIRECTION]
  kPseudo,       // [pseudo]: holds a trigger word but changes nothing ("no relief")
  kTerminate,    // [terminate] or [terminate KIND]: ends scopes
  kSectionHeader,  // [section KIND]: "PMH", "FHx" before a ':' start a section
  kConcept,      // [concept NAME]: a piece that cause and red-flag combinations are made of
  kClauseStart,  // [clause]: after a comma, starts a new clause and ends forward scopes
  kReporter,     // [reporter]: "says", "reports": a relative beside it tells the patient's story
  kCompanion,    // [companion]: "with his", "at her": the relative right after is company, not a subject
  kSelfVisit,    // [self_visit]: "I'm here for my knee": the writer is the patient, relatives are others
};

/// ConText's modifier categories.
enum class ModifierKind { kNegated, kPossible, kHypothetical, kHistorical, kFamily };

enum class Direction { kForward, kBackward, kBoth };

/// What a section of a field ("PMH: ...", "Meds: ...") is about.
enum class SectionKind { kOther, kHistory, kFamily, kMedications };

/// One token of a phrase pattern.
struct PatternToken {
  enum class Type { kWord, kPrefix, kNumber };
  Type type = Type::kWord;
  std::string text;  // the word, or the prefix for kPrefix ("cramp" for "cramp*")
};

/// One line of a rules file.
struct RuleEntry {
  EntryKind kind = EntryKind::kCause;
  std::string code;            // site, cause or red-flag code
  ModifierKind modifier = ModifierKind::kNegated;  // kModifier; kTerminate unless terminates_all
  bool terminates_all = true;  // kTerminate: [terminate] rather than [terminate KIND]
  Direction direction = Direction::kForward;       // kModifier
  int window = 0;              // kModifier: scope cap in tokens; 0 = to the sentence's end
  bool across_commas = false;  // kModifier: a backward scope reaches over commas (@comma)
  bool chronic = false;        // kCause: a historical mention still counts
  bool shared = false;         // kCause (@shared): a mention about someone else still counts
  bool hides = false;          // @not: hides the shorter phrases inside it and tags nothing
  std::string near_group;      // @near: a word of this group must be close by
  const std::vector<std::string>* near_words = nullptr;  // that group's words, sorted (set by RuleSet)
  int near_window = 6;
  std::optional<double> below; // @below: the phrase's numbers must be below this
  std::optional<double> above; // @above: the phrase's numbers must be above this
  SectionKind section = SectionKind::kOther;  // kSectionHeader
  // A combination ("{swelling} + {calf}", a cause, red flag or cramp entry):
  // the [concept NAME]s that must all be affirmed within `window` tokens
  // (0: any distance) and `sentences` consecutive sentences. Its pattern is empty.
  std::vector<std::string> concepts;
  std::vector<int> concept_ids;  // the concepts' ids (set by RuleSet): kConcept entries' own is concept_id
  ConceptSet concept_set;        // the same, as a set
  int concept_id = -1;           // kConcept: its name's id
  int sentences = 1;
  std::vector<PatternToken> pattern;
  std::string phrase;          // as written in the file
  int line = 0;

  bool IsCombination() const { return !concepts.empty(); }

  /// A readable id for evidence: `cause medication "lasix" (line 212)`.
  std::string Describe() const;
};

/// Calcium-risk thresholds (docs/classifier.md: an adolescent, or a woman of 45+).
struct CalciumSettings {
  int adolescent_min_age = 10;
  int adolescent_max_age = 19;
  int woman_min_age = 45;

  bool operator==(const CalciumSettings&) const = default;

  /// How reports show them: "adolescent 10-19, woman 45+".
  std::string Describe() const;
};

/// A problem found while parsing a rules file.
struct RuleProblem {
  int line = 0;  // 0: the file as a whole
  std::string message;

  /// "FILE:LINE: message", or "FILE: message" for the file as a whole.
  std::string Describe(const std::string& path) const;
};

/// The parsed rules, with their matcher compiled. Immutable once built.
class RuleSet {
 public:
  /// Parses `text`; on success `problems` is empty (the caller names the file
  /// in messages: problems carry lines only).
  struct ParseResult {
    std::unique_ptr<RuleSet> rules;     // null when there are problems
    std::vector<RuleProblem> problems;  // in line order
  };
  static ParseResult Parse(std::string_view text);

  /// The built-in rules (rules/default.rules, embedded at build time).
  static std::unique_ptr<RuleSet> Default();

  /// Reads and parses a site's rules file, which must also be complete
  /// (MissingParts). Throws crampwatch::Error kNoInput when it is missing,
  /// unreadable or not a regular file (a directory).
  static ParseResult ParseFile(const std::string& path);

  /// ParseFile, throwing crampwatch::Error kBadInput that lists every problem
  /// as "file:line: message" when there are any. Nothing is classified with a
  /// bad file: callers load the rules before they touch the database.
  static std::unique_ptr<RuleSet> Load(const std::string& path);

  ~RuleSet();

  /// Overrides the file's calcium thresholds (command-line settings); the
  /// version changes with them, so records are classified again.
  void SetCalciumSettings(const CalciumSettings& settings);

  const std::vector<RuleEntry>& entries() const { return entries_; }
  /// entry.Describe(), made once: tags name their rules a million times a run.
  /// REQUIRES: `entry` is one of entries().
  const std::string& DescriptionOf(const RuleEntry& entry) const {
    return descriptions_[static_cast<std::size_t>(&entry - entries_.data())];
  }
  const CalciumSettings& calcium() const { return calcium_; }
  /// Words after which a '.' does not end a sentence ("dr", "e.g").
  bool IsAbbreviation(std::string_view word) const;
  /// The expansion of a shorthand token sequence is applied by the tokenizer.
  const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>& shorthand() const {
    return shorthand_;
  }
  /// The length of the longest first word of a shorthand: a longer token starts none
  /// ("c/o", "pt"), and most tokens are longer.
  std::size_t longest_shorthand_start() const { return longest_shorthand_start_; }
  /// [known_word]: real words the matcher never reads as a typo or form of a lexicon word.
  const std::vector<std::string>& known_words() const { return known_words_; }
  /// Whether `word` belongs to [group NAME].
  bool InGroup(std::string_view group, std::string_view word) const;
  const PhraseMatcher& matcher() const { return *matcher_; }
  /// The entries that are combinations of concepts, in file order.
  const std::vector<const RuleEntry*>& combinations() const { return combinations_; }
  /// The indices into combinations() of those whose first concept is
  /// `concept_id`, in file order: a field holds a few concepts, so it asks
  /// only these instead of every combination.
  const std::vector<std::uint32_t>& CombinationsLedBy(int concept_id) const {
    return combinations_led_by_[static_cast<std::size_t>(concept_id)];
  }
  /// How many [concept NAME]s there are: concept ids run from 0 to this.
  int concept_count() const { return concept_count_; }

  /// The rules' text as read.
  const std::string& text() const { return text_; }
  /// 12 hex digits of the SHA-256 of the text and the calcium settings.
  const std::string& version() const { return version_; }

 private:
  RuleSet() = default;
  void NumberConcepts();
  void Finish();

  std::string text_;
  std::string version_;
  std::vector<RuleEntry> entries_;
  std::vector<std::string> descriptions_;  // per entry
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> shorthand_;
  std::size_t longest_shorthand_start_ = 0;
  std::map<std::string, std::vector<std::string>, std::less<>> groups_;
  std::vector<std::string> abbreviations_;
  std::vector<std::string> known_words_;
  CalciumSettings calcium_;
  std::unique_ptr<PhraseMatcher> matcher_;
  std::vector<const RuleEntry*> combinations_;
  std::vector<std::vector<std::uint32_t>> combinations_led_by_;  // per concept id
  int concept_count_ = 0;
};

/// What a rules file must define to classify anything: cramp words, sites,
/// causes and red flags. Empty when complete; problems have line 0.
std::vector<RuleProblem> MissingParts(const RuleSet& rules);

/// The codes docs/classifier.md lists; a rules file may use no others.
bool IsKnownCauseCode(std::string_view code);
bool IsKnownRedFlagCode(std::string_view code);
bool IsKnownSiteCode(std::string_view code);  // calf, foot, toes, thigh, leg

}  // namespace crampwatch::classify
