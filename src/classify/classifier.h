// Classifier: intake text + rules -> cramp, night, site, causes, red flags, calcium risk.
#pragma once

#include "classify/classification.h"
#include "classify/rule_set.h"

namespace crampwatch::classify {

/// Pure: no I/O. Classify is const and safe to call from several threads at
/// once on one Classifier.
class Classifier {
 public:
  /// `rules` must outlive the classifier.
  explicit Classifier(const RuleSet& rules);

  Classification Classify(const IntakeText& intake) const;

 private:
  const RuleSet& rules_;
};

}  // namespace crampwatch::classify
