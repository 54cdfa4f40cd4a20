// End-to-end tests of `crampwatch classify` and `crampwatch rules`: the real binary, real files.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "classify/rule_set.h"
#include "db/database.h"
#include "test_support.h"

namespace crampwatch::cli {
namespace {

using testing::RunResult;

constexpr char kRules[] =
    "[settings]\n"
    "adolescent_ages = 10-19\n"
    "woman_min_age = 45\n"
    "[cramp_word]\n"
    "cramp*\n"
    "[site calf]\n"
    "calf\n"
    "[night]\n"
    "at night\n"
    "[cause medication]\n"
    "lasix\n"
    "[red_flag dvt_signs]\n"
    "calf swelling\n";

// Line 4 names an unknown cause, line 6 an unknown section.
constexpr char kBadRules[] =
    "[cramp_word]\n"
    "cramp*\n"
    "\n"
    "[cause not_a_cause]\n"
    "lasix\n"
    "[no_such_section]\n";

struct ClassifyCliFixture : testing::CliFixture {
  void ImportGood() {
    std::string file = testing::WriteExport(dir, "a.csv",
                                            "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n"
                                            "C1,A-2,P-2,2026-01-05,M,30,sore throat,,\n");
    RunResult run = Crampwatch({"import", file});
    BOOST_REQUIRE_MESSAGE(run.exit_code == 0, run.err);
  }

  std::string Query(const std::string& sql) {
    RunResult run = Crampwatch({"query", sql, "--format", "csv"});
    BOOST_REQUIRE_MESSAGE(run.exit_code == 0, run.err);
    return run.out;
  }

  static std::string VersionOf(const char* rules_text) {
    classify::RuleSet::ParseResult parsed = classify::RuleSet::Parse(rules_text);
    BOOST_REQUIRE(parsed.rules != nullptr);
    return parsed.rules->version();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(classify_command, ClassifyCliFixture)

BOOST_AUTO_TEST_CASE(classify_prints_one_summary_line_and_exits_0) {
  ImportGood();
  RunResult run = Crampwatch({"classify"});
  BOOST_TEST(run.exit_code == 0, run.err);
  const std::string version = classify::RuleSet::Default()->version();
  BOOST_TEST(run.err.starts_with("classify: 2 records (1 cramp complaints, "), run.err);
  BOOST_TEST(run.err.find(" tags) with rules " + version + " in ") != std::string::npos, run.err);
  BOOST_TEST(run.err.ends_with(" s\n"), run.err);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(Query("SELECT intake_id, is_cramp, nocturnal, site, calcium_risk, rules_version FROM v_intake "
                   "ORDER BY 1") ==
             "intake_id,is_cramp,nocturnal,site,calcium_risk,rules_version\r\n"
             "A-1,1,1,calf,woman_45_plus," + version + "\r\nA-2,0,0,,," + version + "\r\n");
  BOOST_TEST(Query("SELECT code FROM v_tag WHERE kind = 'cause'") == "code\r\nmedication\r\n");

  RunResult again = Crampwatch({"classify"});
  BOOST_TEST(again.exit_code == 0, again.err);
  BOOST_TEST(again.err.starts_with("classify: 0 records (0 cramp complaints, 0 tags)"), again.err);
  BOOST_TEST(Crampwatch({"classify", "--all", "--quiet"}).err.empty());
}

BOOST_AUTO_TEST_CASE(rules_and_calcium_options_change_the_version_and_the_verdicts) {
  ImportGood();
  std::string rules = dir.Write("site.rules", kRules);
  RunResult run = Crampwatch({"classify", "--rules", rules});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.err.find("with rules " + VersionOf(kRules) + " in") != std::string::npos, run.err);
  BOOST_TEST(Query("SELECT calcium_risk FROM v_intake WHERE intake_id = 'A-1'") ==
             "calcium_risk\r\nwoman_45_plus\r\n");

  // Repeating the file's own settings changes nothing.
  RunResult same = Crampwatch({"classify", "--rules", rules, "--woman-min-age", "45",
                               "--adolescent-ages", "10-19"});
  BOOST_TEST(same.err.starts_with("classify: 0 records"), same.err);

  RunResult later = Crampwatch({"classify", "--rules", rules, "--woman-min-age", "50"});
  BOOST_TEST(later.exit_code == 0, later.err);
  BOOST_TEST(later.err.starts_with("classify: 2 records"), later.err);
  BOOST_TEST(later.err.find(VersionOf(kRules)) == std::string::npos, later.err);
  BOOST_TEST(Query("SELECT count(calcium_risk) FROM v_intake") == "count(calcium_risk)\r\n0\r\n");
}

BOOST_AUTO_TEST_CASE(exit_64_for_bad_options_and_65_for_bad_rules_files) {
  ImportGood();
  BOOST_TEST(Crampwatch({"classify", "--no-such-option"}).exit_code == 64);
  BOOST_TEST(Crampwatch({"classify", "--woman-min-age", "200"}).exit_code == 64);
  BOOST_TEST(Crampwatch({"classify", "--woman-min-age", "old"}).exit_code == 64);
  for (const char* ages : {"teen", "19-10", "10", "10-", "-19", "10-130"}) {
    RunResult run = Crampwatch({"classify", "--adolescent-ages", ages});
    BOOST_TEST(run.exit_code == 64, ages << ": " << run.err);
    BOOST_TEST(run.err.find("--adolescent-ages") != std::string::npos, run.err);
  }
  std::string bad = dir.Write("bad.rules", kBadRules);
  RunResult run = Crampwatch({"classify", "--rules", bad});
  BOOST_TEST(run.exit_code == 65, run.err);
  BOOST_TEST(run.err.find(bad + ":4: ") != std::string::npos, run.err);
  BOOST_TEST(run.err.find(bad + ":6: ") != std::string::npos, run.err);
  // Nothing was classified.
  BOOST_TEST(Query("SELECT count(*) FROM v_intake WHERE is_cramp IS NULL") == "count(*)\r\n2\r\n");
}

BOOST_AUTO_TEST_CASE(exit_66_for_a_missing_rules_file) {
  RunResult run = Crampwatch({"classify", "--rules", dir.File("missing.rules")});
  BOOST_TEST(run.exit_code == 66, run.err);
  BOOST_TEST(run.err.find("missing.rules") != std::string::npos, run.err);
}

// A rules file that is a directory, empty, or lacks a part of the lexicon would
// have classified with no rules and deleted every tag: it fails before the
// database is touched, and the classifications stay as they were.
BOOST_AUTO_TEST_CASE(a_bad_rules_file_never_touches_the_classifications) {
  ImportGood();
  BOOST_REQUIRE(Crampwatch({"classify"}).exit_code == 0);
  const std::string before = Query("SELECT * FROM v_tag ORDER BY 1, 2, 3, 4, 5, 6");
  BOOST_REQUIRE(before.find("medication") != std::string::npos);
  std::filesystem::create_directory(dir.path() / "rules.d");
  std::string no_red_flags(kRules);
  no_red_flags.erase(no_red_flags.find("[red_flag"));
  const struct {
    std::string path;
    int exit_code;
    const char* message;
  } cases[] = {
      {(dir.path() / "rules.d").string(), 66, "not a regular file"},
      {dir.Write("empty.rules", ""), 65, "the rules define no [cramp] or [cramp_word] entry"},
      {dir.Write("comments.rules", "# nothing but a comment\n"), 65, "no [cause ...] entry"},
      {dir.Write("no-flags.rules", no_red_flags), 65, "no [red_flag ...] entry"},
  };
  for (const auto& bad : cases) {
    for (const char* command : {"classify", "run"}) {
      std::vector<std::string> args = {command, "--all", "--rules", bad.path};
      if (std::string(command) == "run") args = {command, "--out", dir.File("out"), "--rules", bad.path};
      RunResult run = Crampwatch(args);
      BOOST_TEST(run.exit_code == bad.exit_code, command << " " << bad.path << ": " << run.err);
      BOOST_TEST(run.err.find(bad.path) != std::string::npos, run.err);
      BOOST_TEST(run.err.find(bad.message) != std::string::npos, run.err);
      BOOST_TEST(Query("SELECT * FROM v_tag ORDER BY 1, 2, 3, 4, 5, 6") == before);
    }
    BOOST_TEST(Crampwatch({"rules", "--check", bad.path}).exit_code == bad.exit_code, bad.path);
  }
}

BOOST_AUTO_TEST_CASE(exit_75_when_the_database_stays_busy) {
  ImportGood();
  auto holder = db::OpenDatabase(db);
  SQLite::Transaction holding(*holder, SQLite::TransactionBehavior::IMMEDIATE);
  RunResult run = Crampwatch({"--busy-timeout", "0.2", "classify"});
  BOOST_TEST(run.exit_code == 75, run.err);
  BOOST_TEST(run.err.find("try again later") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(rules_prints_the_active_rules_after_their_version) {
  db = dir.File("no/such/folder/clinic.db");  // `rules` needs no database
  RunResult builtin = Crampwatch({"rules"});
  BOOST_TEST(builtin.exit_code == 0, builtin.err);
  std::unique_ptr<classify::RuleSet> defaults = classify::RuleSet::Default();
  BOOST_TEST(builtin.out == "# crampwatch rules version " + defaults->version() + " (built in)\n" +
                                defaults->text() + (defaults->text().ends_with('\n') ? "" : "\n"));

  std::string rules = dir.Write("site.rules", kRules);
  RunResult site = Crampwatch({"rules", "--rules", rules});
  BOOST_TEST(site.exit_code == 0, site.err);
  BOOST_TEST(site.out == "# crampwatch rules version " + VersionOf(kRules) + " (" + rules + ")\n" + kRules);
  BOOST_TEST(!std::filesystem::exists(dir.path() / "no"));

  // The printed rules are a valid rules file.
  std::string saved = dir.Write("saved.rules", builtin.out);
  BOOST_TEST(Crampwatch({"rules", "--check", saved}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(rules_check_says_ok_with_the_version_and_entry_count) {
  std::string rules = dir.Write("site.rules", kRules);
  RunResult run = Crampwatch({"rules", "--check", rules});
  BOOST_TEST(run.exit_code == 0, run.err);
  classify::RuleSet::ParseResult parsed = classify::RuleSet::Parse(kRules);
  BOOST_TEST(run.out == rules + ": ok (version " + parsed.rules->version() + ", " +
                            std::to_string(parsed.rules->entries().size()) + " entries)\n");
  BOOST_TEST(run.err.empty(), run.err);
}

BOOST_AUTO_TEST_CASE(rules_check_names_the_line_of_each_problem_and_exits_65) {
  std::string bad = dir.Write("bad.rules", kBadRules);
  RunResult run = Crampwatch({"rules", "--check", bad});
  BOOST_TEST(run.exit_code == 65, run.err);
  BOOST_TEST(run.out.empty(), run.out);
  BOOST_TEST(run.err.starts_with(bad + ":4: "), run.err);
  BOOST_TEST(run.err.find("\n" + bad + ":6: ") != std::string::npos, run.err);
  BOOST_TEST(Crampwatch({"rules", "--check", dir.File("missing.rules")}).exit_code == 66);
  BOOST_TEST(Crampwatch({"rules", "--check", bad, "--rules", bad}).exit_code == 64);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
