// ParseTestRules: a test's own small rules file, parsed or the test stops.
#pragma once

#include <boost/test/unit_test.hpp>
#include <memory>
#include <string_view>

#include "classify/rule_set.h"

namespace crampwatch::classify {

/// Parses `text`; a problem fails the test, naming its line.
inline std::unique_ptr<RuleSet> ParseTestRules(std::string_view text) {
  RuleSet::ParseResult parsed = RuleSet::Parse(text);
  for (const RuleProblem& problem : parsed.problems) {
    BOOST_TEST_MESSAGE("test.rules:" << problem.line << ": " << problem.message);
  }
  BOOST_REQUIRE(parsed.problems.empty());
  BOOST_REQUIRE(parsed.rules != nullptr);
  return std::move(parsed.rules);
}

}  // namespace crampwatch::classify
