#include "classify/rule_set.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "classify/phrase_matcher.h"
#include "classify/rule_parser.h"
#include "util/embedded_file.h"
#include "util/error.h"
#include "util/sha256.h"

namespace crampwatch::classify {
namespace {

constexpr std::array<std::string_view, 12> kCauseCodes = {
    "cold_exposure", "overexertion", "salt_loss", "calcium_deficiency", "sleep_posture",
    "malnutrition", "lumbar_disc_herniation", "bone_hyperplasia", "medication", "pregnancy",
    "electrolyte_imbalance", "chronic_disease"};
constexpr std::array<std::string_view, 5> kRedFlagCodes = {
    "dvt_signs", "claudication", "neuro_deficit", "cauda_equina", "atypical_pattern"};
constexpr std::array<std::string_view, 5> kSiteCodes = {"calf", "foot", "toes", "thigh", "leg"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

const char* KindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kCramp: return "cramp";
    case EntryKind::kCrampWord: return "cramp_word";
    case EntryKind::kNotCramp: return "not_cramp";
    case EntryKind::kNotNight: return "not_night";
    case EntryKind::kSite: return "site";
    case EntryKind::kNight: return "night";
    case EntryKind::kCause: return "cause";
    case EntryKind::kRedFlag: return "red_flag";
    case EntryKind::kModifier: return "modifier";
    case EntryKind::kPseudo: return "pseudo";
    case EntryKind::kTerminate: return "terminate";
    case EntryKind::kSectionHeader: return "section";
    case EntryKind::kConcept: return "concept";
    case EntryKind::kClauseStart: return "clause";
    case EntryKind::kReporter: return "reporter";
    case EntryKind::kCompanion: return "companion";
    case EntryKind::kSelfVisit: return "self_visit";
  }
  return "?";
}

const char* ModifierKindName(ModifierKind kind) {
  switch (kind) {
    case ModifierKind::kNegated: return "negated";
    case ModifierKind::kPossible: return "possible";
    case ModifierKind::kHypothetical: return "hypothetical";
    case ModifierKind::kHistorical: return "historical";
    case ModifierKind::kFamily: return "family";
  }
  return "?";
}

}  // namespace

bool IsKnownCauseCode(std::string_view code) { return Contains(kCauseCodes, code); }
bool IsKnownRedFlagCode(std::string_view code) { return Contains(kRedFlagCodes, code); }
bool IsKnownSiteCode(std::string_view code) { return Contains(kSiteCodes, code); }

std::string RuleEntry::Describe() const {
  std::string text = KindName(kind);
  if (!code.empty()) text += " " + code;
  if (kind == EntryKind::kModifier) text += std::string(" ") + ModifierKindName(modifier);
  return text + " \"" + phrase + "\" (line " + std::to_string(line) + ")";
}

RuleSet::~RuleSet() = default;

RuleSet::ParseResult RuleSet::Parse(std::string_view text) {
  ParsedRules parsed = ParseRulesText(text);
  ParseResult result;
  if (!parsed.problems.empty()) {
    result.problems = std::move(parsed.problems);
    return result;
  }
  std::unique_ptr<RuleSet> rules(new RuleSet());
  rules->text_ = std::string(text);
  rules->entries_ = std::move(parsed.entries);
  rules->shorthand_ = std::move(parsed.shorthand);
  for (const auto& [from, to] : rules->shorthand_) {
    rules->longest_shorthand_start_ = std::max(rules->longest_shorthand_start_, from.front().size());
  }
  rules->groups_ = std::move(parsed.groups);
  for (auto& [name, words] : rules->groups_) std::sort(words.begin(), words.end());
  // The parser checked every @near group exists; the map never changes after this.
  for (RuleEntry& entry : rules->entries_) {
    if (!entry.near_group.empty()) entry.near_words = &rules->groups_.find(entry.near_group)->second;
  }
  rules->abbreviations_ = std::move(parsed.abbreviations);
  std::sort(rules->abbreviations_.begin(), rules->abbreviations_.end());
  rules->known_words_ = std::move(parsed.known_words);
  rules->calcium_ = parsed.calcium;
  rules->NumberConcepts();
  rules->Finish();
  result.rules = std::move(rules);
  return result;
}

std::unique_ptr<RuleSet> RuleSet::Default() {
  const auto files = embedded::RulesFiles();
  ParseResult result = Parse(files[0].content);
  if (!result.rules) {
    // The build embeds rules/default.rules, which a test parses: unreachable in a release.
    throw std::logic_error("the built-in rules do not parse: line " +
                           std::to_string(result.problems.front().line) + ": " +
                           result.problems.front().message);
  }
  return std::move(result.rules);
}

RuleSet::ParseResult RuleSet::ParseFile(const std::string& path) {
  // A directory opens as a stream on Linux and reads as empty: it would have
  // parsed into no rules at all and cleared every tag.
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw Error(ErrorKind::kNoInput, path + ": cannot read the rules file: " +
                                         (std::filesystem::exists(path, error) ? "not a regular file"
                                                                                : "no such file"));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) throw Error(ErrorKind::kNoInput, path + ": cannot read the rules file");
  ParseResult result = Parse(text.str());
  if (result.rules) {
    result.problems = MissingParts(*result.rules);
    if (!result.problems.empty()) result.rules.reset();
  }
  return result;
}

std::unique_ptr<RuleSet> RuleSet::Load(const std::string& path) {
  ParseResult result = ParseFile(path);
  if (!result.rules) {
    std::string message = path + ": the rules file has " + std::to_string(result.problems.size()) +
                          " problem" + (result.problems.size() == 1 ? "" : "s") + ":";
    for (const RuleProblem& problem : result.problems) message += "\n  " + problem.Describe(path);
    throw Error(ErrorKind::kBadInput, message);
  }
  return std::move(result.rules);
}

std::vector<RuleProblem> MissingParts(const RuleSet& rules) {
  bool cramp = false, site = false, cause = false, red_flag = false;
  for (const RuleEntry& entry : rules.entries()) {
    cramp |= entry.kind == EntryKind::kCramp || entry.kind == EntryKind::kCrampWord;
    site |= entry.kind == EntryKind::kSite;
    cause |= entry.kind == EntryKind::kCause;
    red_flag |= entry.kind == EntryKind::kRedFlag;
  }
  std::vector<RuleProblem> problems;
  auto require = [&](bool present, const char* what) {
    if (!present) problems.push_back({0, std::string("the rules define no ") + what + ": a site's rules file replaces the built-in rules whole"});
  };
  require(cramp, "[cramp] or [cramp_word] entry");
  require(site, "[site ...] entry");
  require(cause, "[cause ...] entry");
  require(red_flag, "[red_flag ...] entry");
  return problems;
}

std::string RuleProblem::Describe(const std::string& path) const {
  return line > 0 ? path + ":" + std::to_string(line) + ": " + message : path + ": " + message;
}

std::string CalciumSettings::Describe() const {
  return "adolescent " + std::to_string(adolescent_min_age) + "-" + std::to_string(adolescent_max_age) +
         ", woman " + std::to_string(woman_min_age) + "+";
}

void RuleSet::SetCalciumSettings(const CalciumSettings& settings) {
  calcium_ = settings;
  Finish();
}

bool RuleSet::IsAbbreviation(std::string_view word) const {
  return std::binary_search(abbreviations_.begin(), abbreviations_.end(), word);
}

bool RuleSet::InGroup(std::string_view group, std::string_view word) const {
  auto found = groups_.find(group);
  return found != groups_.end() && std::binary_search(found->second.begin(), found->second.end(), word);
}

void RuleSet::NumberConcepts() {
  std::map<std::string, int, std::less<>> ids;
  for (RuleEntry& entry : entries_) {
    if (entry.kind == EntryKind::kConcept) {
      entry.concept_id = ids.emplace(entry.code, static_cast<int>(ids.size())).first->second;
    }
  }
  for (RuleEntry& entry : entries_) {
    if (!entry.IsCombination()) continue;
    // The parser checked that every concept is defined.
    entry.concept_set.Reset(ids.size());
    for (const std::string& name : entry.concepts) {
      entry.concept_ids.push_back(ids.at(name));
      entry.concept_set.Add(entry.concept_ids.back());
    }
    combinations_.push_back(&entry);
  }
  concept_count_ = static_cast<int>(ids.size());
  combinations_led_by_.resize(ids.size());
  for (std::uint32_t c = 0; c < combinations_.size(); ++c) {
    combinations_led_by_[static_cast<std::size_t>(combinations_[c]->concept_ids.front())].push_back(c);
  }
}

void RuleSet::Finish() {
  // The version covers the thresholds too: changing them re-classifies.
  Sha256 hash;
  hash.Update(text_);
  hash.Update("\ncalcium " + std::to_string(calcium_.adolescent_min_age) + "-" +
              std::to_string(calcium_.adolescent_max_age) + " " +
              std::to_string(calcium_.woman_min_age));
  version_ = hash.HexDigest().substr(0, 12);
  if (!matcher_) matcher_ = std::make_unique<PhraseMatcher>(entries_, known_words_);
  if (descriptions_.empty()) {
    for (const RuleEntry& entry : entries_) descriptions_.push_back(entry.Describe());
  }
}

}  // namespace crampwatch::classify
