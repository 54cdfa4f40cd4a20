// The cause and red-flag codes are listed in several places that nothing else keeps in
// step: the rules' known codes (rule_set.cpp), their readable names (code_label, from
// the migrations), the default rules, and the Trend sheet's columns. A code added to one
// and forgotten in another fails here, next to its cause.
#include <boost/test/unit_test.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classify/rule_set.h"
#include "db/database.h"
#include "test_support.h"
#include "util/embedded_file.h"

namespace crampwatch::classify {
namespace {

std::vector<std::string> LabelledCodes(const std::string& kind) {
  testing::TempDir dir;
  auto database = db::OpenDatabase(dir.File("codes.db"));
  SQLite::Statement query(*database, "SELECT code FROM code_label WHERE kind = ?1 ORDER BY position");
  query.bind(1, kind);
  std::vector<std::string> codes;
  while (query.executeStep()) codes.push_back(query.getColumn(0).getString());
  return codes;
}

std::string EmbeddedText(std::span<const embedded::EmbeddedFile> files, std::string_view name) {
  for (const auto& file : files) {
    if (file.name == name) return std::string(file.content);
  }
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(code_lists)

BOOST_AUTO_TEST_CASE(every_labelled_cause_is_known_to_the_rules_and_has_a_trend_column) {
  const std::vector<std::string> causes = LabelledCodes("cause");
  BOOST_TEST(causes.size() == 13u);  // twelve causes and "unexplained"
  const std::string trend = EmbeddedText(embedded::ClinicReportFiles(), "trend.sql");
  BOOST_REQUIRE(!trend.empty());
  const std::string rules = EmbeddedText(embedded::RulesFiles(), "default.rules");
  for (const std::string& code : causes) {
    if (code == "unexplained") continue;  // the absence of a cause, not a rule's code
    BOOST_TEST(IsKnownCauseCode(code), code);
    BOOST_TEST(trend.find("'," + code + ",'") != std::string::npos, code << " has no Trend column");
    // A section header: "[cause CODE]", or with options, "[cause CODE chronic]".
    const bool has_section = rules.find("[cause " + code + "]") != std::string::npos ||
                             rules.find("[cause " + code + " ") != std::string::npos;
    BOOST_TEST(has_section, code << " has no rules");
  }
}

BOOST_AUTO_TEST_CASE(every_labelled_red_flag_is_known_to_the_rules) {
  const std::vector<std::string> flags = LabelledCodes("red_flag");
  BOOST_TEST(flags.size() == 5u);
  const std::string rules = EmbeddedText(embedded::RulesFiles(), "default.rules");
  for (const std::string& code : flags) {
    BOOST_TEST(IsKnownRedFlagCode(code), code);
    const bool has_section = rules.find("[red_flag " + code + "]") != std::string::npos ||
                             rules.find("[red_flag " + code + " ") != std::string::npos;
    BOOST_TEST(has_section, code << " has no rules");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
