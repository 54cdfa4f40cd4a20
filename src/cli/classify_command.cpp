#include "cli/classify_command.h"

#include <charconv>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

#include "classify/classify_job.h"
#include "classify/rule_set.h"
#include "cli/terminal_status.h"
#include "util/text.h"

namespace crampwatch::cli {
namespace {

constexpr int kMaxAge = 120;  // as the intake table's age check

struct ClassifyCommandOptions {
  bool all = false;
  std::string rules_file;            // empty: the built-in rules
  std::string adolescent_ages;       // "MIN-MAX"; empty: the rules' [settings]
  std::optional<int> woman_min_age;  // empty: the rules' [settings]
};

std::optional<int> ParseAge(std::string_view text) {
  int age = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, age);
  if (error != std::errc() || stop != end || age < 0 || age > kMaxAge) return std::nullopt;
  return age;
}

// "10-19" -> {10, 19}.
std::pair<int, int> ParseAgeRange(const std::string& text) {
  const std::size_t dash = text.find('-');
  if (dash != std::string::npos) {
    std::optional<int> min = ParseAge(std::string_view(text).substr(0, dash));
    std::optional<int> max = ParseAge(std::string_view(text).substr(dash + 1));
    if (min && max && *min <= *max) return {*min, *max};
  }
  throw Error(ErrorKind::kUsage, "--adolescent-ages '" + text +
                                     "': expected MIN-MAX, ages from 0 to 120, e.g. 10-19");
}

// Command-line thresholds override the rules file's [settings].
void ApplyCalciumOptions(const ClassifyCommandOptions& options,
                         const std::optional<std::pair<int, int>>& adolescent_ages,
                         classify::RuleSet& rules) {
  classify::CalciumSettings settings = rules.calcium();
  if (adolescent_ages) {
    settings.adolescent_min_age = adolescent_ages->first;
    settings.adolescent_max_age = adolescent_ages->second;
  }
  if (options.woman_min_age) settings.woman_min_age = *options.woman_min_age;
  // Options that repeat the file's settings must not change the rules'
  // version: that would classify every record again for nothing.
  if (settings != rules.calcium()) rules.SetCalciumSettings(settings);
}

std::string SummaryLine(const classify::ClassifyResult& result, const classify::RuleSet& rules) {
  return "classify: " + std::to_string(result.classified) + " records (" +
         std::to_string(result.cramp_complaints) + " cramp complaints, " +
         std::to_string(result.tags) + " tags) with rules " + rules.version() + " in " + FormatSeconds(result.seconds) +
         " s";
}

Outcome RunClassifyCommand(const GlobalOptions& global, const ClassifyCommandOptions& options) {
  // Options and rules are checked before the database is touched.
  std::optional<std::pair<int, int>> adolescent_ages;
  if (!options.adolescent_ages.empty()) adolescent_ages = ParseAgeRange(options.adolescent_ages);
  std::unique_ptr<classify::RuleSet> rules = options.rules_file.empty()
                                                 ? classify::RuleSet::Default()
                                                 : classify::RuleSet::Load(options.rules_file);
  ApplyCalciumOptions(options, adolescent_ages, *rules);

  TerminalStatus status(global.quiet, global.verbose);
  db::OpenOptions open_options = global.ToOpenOptions();
  open_options.create_if_missing = false;
  auto database = db::OpenDatabase(global.db_path, open_options);
  const classify::ClassifyResult result = classify::RunClassify(*database, *rules, {.all = options.all}, status);
  status.Summary(SummaryLine(result, *rules));
  return Outcome::kOk;
}

}  // namespace

Command SetupClassifyCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<ClassifyCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "classify", "Tag the complaints not classified yet (new, changed, or classified with other rules)");
  sub->add_flag("--all", options->all, "Classify every record again");
  sub->add_option("--rules", options->rules_file,
                  "Rules file to use instead of the built-in rules (see 'crampwatch rules')")
      ->type_name("FILE");
  sub->add_option("--adolescent-ages", options->adolescent_ages,
                  "Ages flagged as adolescent for calcium risk, MIN-MAX (default: the rules' "
                  "[settings], built in 10-19)")
      ->type_name("MIN-MAX");
  sub->add_option("--woman-min-age", options->woman_min_age,
                  "Age from which a woman is flagged for calcium risk (default: the rules' "
                  "[settings], built in 45)")
      ->type_name("AGE")
      ->check(CLI::Range(0, kMaxAge));
  return {sub, [&global, options] { return RunClassifyCommand(global, *options); }};
}

}  // namespace crampwatch::cli
