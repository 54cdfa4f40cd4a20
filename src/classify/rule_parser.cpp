#include "classify/rule_parser.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>

#include "classify/section_header.h"
#include "classify/tokenizer.h"
#include "util/text.h"

namespace crampwatch::classify {
namespace {

// Few enough that a combination's pieces fit in a Mention (kMaxPieces).
constexpr std::size_t kMaxConcepts = 4;
constexpr std::size_t kMaxConceptNames = 30000;


std::vector<std::string> SplitWhitespace(std::string_view text) {
  std::vector<std::string> parts;
  std::istringstream stream{std::string(text)};
  std::string part;
  while (stream >> part) parts.push_back(part);
  return parts;
}

bool ParseInt(std::string_view text, int& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// The state of the section being read.
struct Section {
  bool open = false;
  std::string kind;    // "cramp", "cause", "modifier", ...
  std::string header;  // the whole header, e.g. "modifier negated forward"
  RuleEntry prototype;  // kind, code, modifier kind, direction, chronic, section kind
  std::string group;    // for [group NAME]
};

class Parser {
 public:
  ParsedRules Run(std::string_view text) {
    int line_number = 0;
    while (!text.empty()) {
      std::size_t newline = text.find('\n');
      std::string_view line = text.substr(0, newline);
      text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
      ++line_number;
      if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
      line = Trim(line);
      if (line.empty()) continue;
      line_ = line_number;
      if (line.front() == '[') {
        Header(line);
      } else {
        Entry(line);
      }
    }
    CheckReferences();
    return std::move(result_);
  }

 private:
  void Problem(std::string message) { result_.problems.push_back({line_, std::move(message)}); }

  void Header(std::string_view line) {
    section_ = Section();
    if (line.back() != ']') return Problem("a section header must end with ']'");
    std::vector<std::string> words = SplitWhitespace(line.substr(1, line.size() - 2));
    if (words.empty()) return Problem("empty section header '[]'");
    const std::string& kind = words[0];
    if (std::string problem = ReadSectionHeader(words, section_.prototype); !problem.empty()) {
      return Problem(problem);
    }
    if (kind == "concept") {
      defined_concepts_.insert(words[1]);
      // Matches carry a concept's id in 16 bits.
      if (defined_concepts_.size() > kMaxConceptNames) return Problem("more than 30,000 concepts");
    } else if (kind == "group") {
      section_.group = words[1];
      result_.groups[words[1]];
    }
    section_.open = true;
    section_.kind = kind;
    for (const std::string& word : words) section_.header += word + " ";
  }

  void Entry(std::string_view line) {
    if (!section_.open) return Problem("an entry before any [section] (or under a bad header)");
    if (section_.kind == "settings") return Setting(line);
    if (section_.kind == "shorthand") return Shorthand(line);
    if (section_.kind == "abbreviation") {
      std::vector<std::string> words = SplitWhitespace(line);
      if (words.size() != 1) return Problem("an abbreviation is one word");
      std::string word = words[0];
      if (!word.empty() && word.back() == '.') word.pop_back();
      AsciiLowerInPlace(word);
      result_.abbreviations.push_back(word);
      return;
    }
    if (section_.kind == "known_word") {
      std::vector<std::string> words = PhraseWords(line);
      const auto is_letter = [](char c) { return c >= 'a' && c <= 'z'; };
      if (words.size() != 1 || !std::all_of(words[0].begin(), words[0].end(), is_letter)) {
        return Problem("a known word is one word of letters a-z");
      }
      result_.known_words.push_back(std::move(words[0]));
      return;
    }
    if (section_.kind == "group") {
      for (const std::string& word : PhraseWords(line)) result_.groups[section_.group].push_back(word);
      return;
    }

    RuleEntry entry = section_.prototype;
    entry.line = line_;
    std::vector<std::string> parts = SplitWhitespace(line);
    std::size_t first_option = 0;
    while (first_option < parts.size() && parts[first_option][0] != '@') ++first_option;
    if (first_option == 0) return Problem("an entry needs a phrase before its options");
    for (std::size_t i = 0; i < first_option; ++i) {
      if (i != 0) entry.phrase += ' ';
      entry.phrase += parts[i];
    }
    if (parts[0].front() == '{') {
      if (!Combination(parts, first_option, entry)) return;
    } else {
      for (std::size_t i = 0; i < first_option; ++i) {
        if (!AddPatternPiece(parts[i], entry)) return;
      }
      if (entry.pattern.empty()) return Problem("the phrase '" + entry.phrase + "' has no words");
    }
    for (std::size_t i = first_option; i < parts.size();) {
      if (!Option(parts, i, entry)) return;
    }
    std::string key = section_.header + "| " + (entry.IsCombination() ? entry.phrase : PatternKey(entry));
    // The same phrase may stand twice for two number ranges ("ca <num>" below 2.2 mmol/L
    // and between 4 and 8.5 mg/dL).
    if (entry.below) key += " @below " + std::to_string(*entry.below);
    if (entry.above) key += " @above " + std::to_string(*entry.above);
    if (!seen_.insert(key).second) return Problem("'" + entry.phrase + "' is listed twice in this section");
    result_.entries.push_back(std::move(entry));
  }

  // "{a} + {b} + {c}": concepts that must all be found together.
  bool Combination(const std::vector<std::string>& parts, std::size_t count, RuleEntry& entry) {
    if (entry.kind != EntryKind::kCause && entry.kind != EntryKind::kRedFlag && entry.kind != EntryKind::kCramp) {
      Problem("a combination of {concepts} belongs in a [cause], [red_flag] or [cramp] section");
      return false;
    }
    for (std::size_t i = 0; i < count; ++i) {
      const std::string& part = parts[i];
      if (i % 2 == 1) {
        if (part != "+") return Problem("concepts of a combination are joined by ' + ', found '" + part + "'"), false;
        continue;
      }
      if (part.size() < 3 || part.front() != '{' || part.back() != '}') {
        return Problem("'" + part + "': a combination names concepts as {name}, joined by ' + '"), false;
      }
      entry.concepts.push_back(part.substr(1, part.size() - 2));
      concept_lines_.emplace_back(entry.concepts.back(), line_);
    }
    if (count % 2 == 0) return Problem("a combination ends with a {concept}, not '+'"), false;
    if (entry.concepts.size() < 2 || entry.concepts.size() > kMaxConcepts) {
      return Problem("a combination joins 2 to " + std::to_string(kMaxConcepts) + " concepts"), false;
    }
    return true;
  }

  bool AddPatternPiece(const std::string& piece, RuleEntry& entry) {
    if (piece == "<num>") {
      entry.pattern.push_back({PatternToken::Type::kNumber, ""});
      return true;
    }
    // "<num> + <num>": the tokenizer keeps a '+' only between two digits ("27+4").
    if (piece == "+") {
      entry.pattern.push_back({PatternToken::Type::kWord, "+"});
      return true;
    }
    // Template checkboxes, as the tokenizer reads them.
    if (piece == "<ticked>" || piece == "<unticked>") {
      entry.pattern.push_back({PatternToken::Type::kWord, piece == "<ticked>" ? kTickedBox : kUntickedBox});
      return true;
    }
    if (piece.size() > 1 && piece.back() == '*') {
      std::vector<std::string> words = PhraseWords(piece.substr(0, piece.size() - 1));
      if (words.size() != 1 || words[0].size() < 3) {
        Problem("'" + piece + "': a '*' must end a single word of at least 3 characters");
        return false;
      }
      entry.pattern.push_back({PatternToken::Type::kPrefix, words[0]});
      return true;
    }
    if (piece.find('*') != std::string::npos || piece.find('<') != std::string::npos) {
      Problem("'" + piece + "': '*' only at the end of a word, and '<num>' alone");
      return false;
    }
    for (const std::string& word : PhraseWords(piece)) {
      entry.pattern.push_back({PatternToken::Type::kWord, word});
    }
    return true;
  }

  bool Option(const std::vector<std::string>& parts, std::size_t& i, RuleEntry& entry) {
    const std::string& name = parts[i++];
    auto argument = [&]() -> const std::string* {
      if (i >= parts.size() || parts[i][0] == '@') {
        Problem(name + " needs a value");
        return nullptr;
      }
      return &parts[i++];
    };
    if (name == "@window") {
      if (entry.kind != EntryKind::kModifier && !entry.IsCombination()) {
        return Problem("@window applies only to modifiers and combinations"), false;
      }
      const std::string* value = argument();
      if (!value) return false;
      if (!ParseInt(*value, entry.window) || entry.window < 1) return Problem("@window needs a whole number of words >= 1"), false;
    } else if (name == "@sentences") {
      if (!entry.IsCombination()) return Problem("@sentences applies only to combinations"), false;
      const std::string* value = argument();
      if (!value) return false;
      if (!ParseInt(*value, entry.sentences) || entry.sentences < 1 || entry.sentences > 3) {
        return Problem("@sentences needs a whole number 1-3"), false;
      }
    } else if (name == "@near") {
      const std::string* group = argument();
      if (!group) return false;
      entry.near_group = *group;
      near_lines_.emplace_back(*group, line_);
      if (i < parts.size() && parts[i][0] != '@') {
        if (!ParseInt(parts[i++], entry.near_window) || entry.near_window < 1) {
          return Problem("@near GROUP N needs a whole number of words >= 1"), false;
        }
      }
    } else if (name == "@below" || name == "@above") {
      const std::string* value = argument();
      if (!value) return false;
      char* end = nullptr;
      double limit = std::strtod(value->c_str(), &end);
      if (end != value->c_str() + value->size()) return Problem(name + " needs a number"), false;
      bool has_number = false;
      for (const PatternToken& token : entry.pattern) has_number |= token.type == PatternToken::Type::kNumber;
      if (!has_number) return Problem(name + " needs a <num> in the phrase"), false;
      (name == "@below" ? entry.below : entry.above) = limit;
    } else if (name == "@comma") {
      if (entry.kind != EntryKind::kModifier || entry.direction == Direction::kForward) {
        return Problem("@comma applies only to backward modifiers"), false;
      }
      entry.across_commas = true;
    } else if (name == "@not") {
      const EntryKind kind = entry.kind;
      const bool target = kind == EntryKind::kCramp || kind == EntryKind::kCrampWord || kind == EntryKind::kSite ||
                          kind == EntryKind::kNight || kind == EntryKind::kCause || kind == EntryKind::kRedFlag ||
                          kind == EntryKind::kConcept;
      if (!target || entry.IsCombination()) {
        return Problem("@not applies only to phrases of cramp, site, night, cause, red-flag and concept sections"),
               false;
      }
      entry.hides = true;
    } else if (name == "@chronic") {
      if (entry.kind != EntryKind::kCause) return Problem("@chronic applies only to causes"), false;
      entry.chronic = true;
    } else if (name == "@shared") {
      if (entry.kind != EntryKind::kCause) return Problem("@shared applies only to causes"), false;
      entry.shared = true;
    } else {
      return Problem("unknown option '" + name +
                     "' (@window, @sentences, @near, @below, @above, @comma, @chronic, @shared, @not)"),
             false;
    }
    return true;
  }

  void Setting(std::string_view line) {
    std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) return Problem("a setting reads 'name = value'");
    std::string_view name = Trim(line.substr(0, equals));
    std::string_view value = Trim(line.substr(equals + 1));
    CalciumSettings& calcium = result_.calcium;
    if (name == "adolescent_ages") {
      std::size_t dash = value.find('-');
      int low = 0, high = 0;
      if (dash == std::string_view::npos || !ParseInt(Trim(value.substr(0, dash)), low) ||
          !ParseInt(Trim(value.substr(dash + 1)), high) || low < 0 || high > 120 || low > high) {
        return Problem("adolescent_ages reads 'FROM-TO' with 0 <= FROM <= TO <= 120, e.g. 10-19");
      }
      calcium.adolescent_min_age = low;
      calcium.adolescent_max_age = high;
    } else if (name == "woman_min_age") {
      int age = 0;
      if (!ParseInt(value, age) || age < 0 || age > 120) return Problem("woman_min_age must be a whole number 0-120");
      calcium.woman_min_age = age;
    } else {
      Problem("unknown setting '" + std::string(name) + "' (adolescent_ages, woman_min_age)");
    }
  }

  void Shorthand(std::string_view line) {
    std::size_t arrow = line.find("=>");
    if (arrow == std::string_view::npos) return Problem("a shorthand reads 'FROM => TO'");
    std::vector<std::string> from = PhraseWords(Trim(line.substr(0, arrow)));
    std::vector<std::string> to = PhraseWords(Trim(line.substr(arrow + 2)));
    if (from.empty() || to.empty()) return Problem("both sides of '=>' need words");
    result_.shorthand.emplace_back(std::move(from), std::move(to));
  }

  void CheckReferences() {
    for (const auto& [name, line] : concept_lines_) {
      if (!defined_concepts_.contains(name)) {
        result_.problems.push_back({line, "{" + name + "} refers to [concept " + name + "], which is not defined"});
      }
    }
    for (const auto& [group, line] : near_lines_) {
      if (!result_.groups.contains(group)) {
        result_.problems.push_back({line, "@near refers to [group " + group + "], which is not defined"});
      }
    }
    std::stable_sort(result_.problems.begin(), result_.problems.end(),
                     [](const RuleProblem& a, const RuleProblem& b) { return a.line < b.line; });
  }

  static std::string PatternKey(const RuleEntry& entry) {
    std::string key;
    for (const PatternToken& token : entry.pattern) {
      key += token.type == PatternToken::Type::kNumber ? "<num>" : token.text;
      key += token.type == PatternToken::Type::kPrefix ? "* " : " ";
    }
    return key;
  }

  ParsedRules result_;
  Section section_;
  int line_ = 0;
  std::set<std::string> seen_;
  std::vector<std::pair<std::string, int>> near_lines_;
  std::vector<std::pair<std::string, int>> concept_lines_;
  std::set<std::string> defined_concepts_;
};

}  // namespace

std::vector<std::string> PhraseWords(std::string_view phrase) {
  TokenizedText tokenized;
  Tokenize(phrase, nullptr, tokenized);
  std::vector<std::string> words;
  for (const Token& token : tokenized.tokens) words.emplace_back(token.text);
  return words;
}

ParsedRules ParseRulesText(std::string_view text) { return Parser().Run(text); }

}  // namespace crampwatch::classify
