// fuzz_rules_parser: RuleSet::Parse over arbitrary rules-file text.
//
// A file either parses (no problems) or gives problems with valid line numbers;
// rules that parse then classify a few fixed intakes, which runs their compiled
// matcher and context rules.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify/classification.h"
#include "classify/classifier.h"
#include "classify/rule_set.h"

namespace {

constexpr std::string_view kComplaints[] = {
    "Leg cramps at night, L calf x2 wks. Denies calf swelling. No fever.",
    "c/o charley horse in R foot after running; on HCTZ, hx of DM2. ? low Mg",
    "PMH: cramps. FHx: DVT. Meds: lasix 40 mg. Not cramping now; toes curl at 3am",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const crampwatch::classify::RuleSet::ParseResult result = crampwatch::classify::RuleSet::Parse(text);
  if ((result.rules == nullptr) == result.problems.empty()) __builtin_trap();
  int last_line = 0;
  for (const crampwatch::classify::RuleProblem& problem : result.problems) {
    if (problem.line < last_line || problem.message.empty()) __builtin_trap();
    last_line = problem.line;
  }
  if (!result.rules) return 0;
  const crampwatch::classify::Classifier classifier(*result.rules);
  for (const std::string_view complaint : kComplaints) {
    crampwatch::classify::IntakeText intake;
    intake.complaint = complaint;
    intake.history = "hypothyroid; pregnant";
    intake.medications = "furosemide 20 mg daily; atorvastatin";
    intake.age = 47;
    intake.sex = 'F';
    classifier.Classify(intake);
  }
  return 0;
}
