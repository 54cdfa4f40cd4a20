// LabelledSet: scores the classifier on labelled intake records (tests/data/*.csv).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "classify/rule_set.h"

namespace crampwatch::classify {

/// True/false positives and negatives of one yes/no decision.
struct Counts {
  int true_positive = 0;
  int false_positive = 0;
  int false_negative = 0;

  double Precision() const;
  double Recall() const;
  double F1() const;
  void Add(bool expected, bool found);
};

/// The scores of a labelled set.
struct Scores {
  int rows = 0;
  Counts cramp;
  Counts night;              // over every record
  int night_right = 0;       // records labelled a cramp whose night label was found
  int night_rows = 0;        // records labelled a cramp
  Counts causes;             // micro, over (record, code)
  Counts red_flags;          // micro
  std::map<std::string, Counts> per_code;
  int calcium_wrong = 0;
  std::vector<std::string> misses;  // "case missed code: text"; for sets one may read

  double NightAccuracy() const { return night_rows == 0 ? 1.0 : double(night_right) / night_rows; }
};

/// Classifies every record of the CSV files (columns case_id, sex, age, complaint,
/// history, medications, is_cramp, nocturnal, causes, red_flags, calcium_risk) with
/// `rules` and adds up the scores.
Scores ScoreLabelledFiles(const RuleSet& rules, const std::vector<std::string>& paths);

/// Prints the per-code table under `title`; the misses too when `with_misses`.
void PrintScores(const std::string& title, const Scores& scores, bool with_misses);

}  // namespace crampwatch::classify
