// RuleParser: reads the text of a rules file into entries (format: rules/FORMAT.md).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "classify/rule_set.h"

namespace crampwatch::classify {

/// Everything a rules file says, before the matcher is compiled.
struct ParsedRules {
  std::vector<RuleEntry> entries;
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> shorthand;
  std::map<std::string, std::vector<std::string>, std::less<>> groups;
  std::vector<std::string> abbreviations;
  std::vector<std::string> known_words;  // [known_word]: never read as another word
  CalciumSettings calcium;
  std::vector<RuleProblem> problems;  // every mistake, in line order
};

/// Parses a rules file. Never throws: problems are collected with their line.
ParsedRules ParseRulesText(std::string_view text);

/// Splits a phrase into the words it matches, the way the tokenizer splits
/// text ("s/p" -> "s", "p"; "writer's" -> "writer", "s"), lower-cased.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace crampwatch::classify
