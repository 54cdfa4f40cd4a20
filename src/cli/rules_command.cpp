#include "cli/rules_command.h"

#include <cstdio>
#include <memory>

#include "classify/rule_set.h"

namespace crampwatch::cli {
namespace {

struct RulesCommandOptions {
  std::string rules_file;  // --rules: print this file rather than the built-in rules
  std::string check_file;  // --check: validate this file, print nothing else
};

// Problems go to standard error as "file:line: message", the result to
// standard output.
Outcome CheckRulesFile(const std::string& path) {
  classify::RuleSet::ParseResult parsed = classify::RuleSet::ParseFile(path);
  if (!parsed.problems.empty()) {
    for (const classify::RuleProblem& problem : parsed.problems) {
      std::fprintf(stderr, "%s\n", problem.Describe(path).c_str());
    }
    return Outcome::kBadInput;
  }
  std::printf("%s: ok (version %s, %zu entries)\n", path.c_str(), parsed.rules->version().c_str(),
              parsed.rules->entries().size());
  return Outcome::kOk;
}

// The version line is a comment, so the output is itself a valid rules file
// (with another version, as its text differs).
Outcome PrintRules(const std::string& path) {
  std::unique_ptr<classify::RuleSet> rules =
      path.empty() ? classify::RuleSet::Default() : classify::RuleSet::Load(path);
  const std::string& text = rules->text();
  std::printf("# crampwatch rules version %s (%s)\n", rules->version().c_str(),
              path.empty() ? "built in" : path.c_str());
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (!text.empty() && text.back() != '\n') std::fputc('\n', stdout);
  return Outcome::kOk;
}

}  // namespace

Command SetupRulesCommand(CLI::App& app) {
  auto options = std::make_shared<RulesCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "rules", "Print the active classification rules, or validate a rules file (--check)");
  CLI::Option* rules = sub->add_option("--rules", options->rules_file,
                                       "Print this rules file rather than the built-in rules")
                           ->type_name("FILE");
  sub->add_option("--check", options->check_file,
                  "Validate FILE: 'FILE: ok' (exit 0), or each problem as FILE:LINE (exit 65)")
      ->type_name("FILE")
      ->excludes(rules);
  return {sub, [options] {
            return options->check_file.empty() ? PrintRules(options->rules_file)
                                               : CheckRulesFile(options->check_file);
          }};
}

}  // namespace crampwatch::cli
