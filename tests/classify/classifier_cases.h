// The classifier with the default rules, one labelled case at a time: the helpers the
// case tables of classifier_test.cpp and classifier_intake_text_test.cpp share.
#pragma once

#include <boost/test/unit_test.hpp>
#include <memory>
#include <ostream>
#include <string_view>

#include "classify/classifier.h"

namespace crampwatch::classify {

inline const RuleSet& DefaultRules() {
  static const std::unique_ptr<RuleSet> rules = RuleSet::Default();
  return *rules;
}

inline Classification Classify(std::string_view complaint, std::string_view history = {},
                               std::string_view medications = {}) {
  IntakeText intake;
  intake.complaint = complaint;
  intake.history = history;
  intake.medications = medications;
  return Classifier(DefaultRules()).Classify(intake);
}

struct Case {
  const char* complaint;
  const char* history;
  const char* medications;
  bool is_cramp;
  const char* causes;  // codes joined by ',', as in v_intake
  const char* red_flags;
};

inline std::ostream& operator<<(std::ostream& out, const Case& c) {
  return out << c.complaint << " | " << c.history << " | " << c.medications;
}

/// The complaint, history and medicines of `c` read as `c` says they should be.
inline void Check(const Case& c) {
  Classification result = Classify(c.complaint, c.history, c.medications);
  BOOST_TEST(result.is_cramp == c.is_cramp);
  BOOST_TEST(result.JoinedCodes(TagKind::kCause) == c.causes);
  BOOST_TEST(result.JoinedCodes(TagKind::kRedFlag) == c.red_flags);
}

}  // namespace crampwatch::classify
