// The analysts' cookbook (cookbook/*.sql): each query runs through `crampwatch query`
// on the sample data, has its header and rows, and agrees with an independent count.
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <ostream>

#include "test_support.h"

namespace crampwatch::cli {
namespace {

using testing::QueryInt;
using testing::QueryText;
using testing::RunResult;

namespace fs = std::filesystem;

// A record imported after classify, so that 09_not_classified_yet has a row.
constexpr char kLateExport[] =
    "clinic_id,intake_id,patient_id,intake_date,complaint\n"
    "CLN-014,LATE-1,RF-LATE,2026-11-02,calf cramp at night\n";

/// The sample data imported (both nights) and classified, then one late record:
/// built once for the suite, removed at exit.
class SampleDatabase : public testing::CliFixture {
 public:
  static SampleDatabase& Get() {
    static SampleDatabase instance;
    return instance;
  }

  const std::string& path() const { return db; }

  /// An independent read of the same file, straight from the tables.
  SQLite::Database Open() const { return SQLite::Database(db, SQLite::OPEN_READONLY); }

 private:
  SampleDatabase() {
    std::vector<std::string> exports;
    for (const fs::directory_entry& entry : fs::directory_iterator(CRAMPWATCH_SAMPLE_DATA)) {
      if (entry.path().extension() == ".csv") exports.push_back(entry.path().string());
    }
    // Names end in the export date, so each clinic's first night comes first.
    std::sort(exports.begin(), exports.end());
    BOOST_REQUIRE(exports.size() >= 8);
    std::vector<std::string> import = {"-q", "import"};
    import.insert(import.end(), exports.begin(), exports.end());
    const RunResult imported = Crampwatch(import);
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 1, imported.err);  // 1: some rows rejected on purpose
    const RunResult classified = Crampwatch({"-q", "classify"});
    BOOST_REQUIRE_MESSAGE(classified.exit_code == 0, classified.err);
    const RunResult late = Crampwatch({"-q", "import", dir.Write("late.csv", kLateExport)});
    BOOST_REQUIRE_MESSAGE(late.exit_code == 0, late.err);
  }
};

/// RFC 4180 as `query --format csv` writes it (CRLF, quoted fields) into rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  return rows;
}

/// A cookbook file, its parameters, and the header it must print.
struct Recipe {
  std::string file;
  std::vector<std::string> params;
  std::string header;
};

std::ostream& operator<<(std::ostream& out, const Recipe& recipe) { return out << recipe.file; }

// 06 needs an intake with tags: the one in CLN-014 with the most.
std::string IntakeWithMostTags() {
  SQLite::Database database = SampleDatabase::Get().Open();
  return QueryText(database,
                   "SELECT i.intake_id FROM intake AS i JOIN classification AS c "
                   "ON c.intake_key = i.intake_key AND c.revision = i.revision "
                   "WHERE i.clinic_id = 'CLN-014' AND c.tags IS NOT NULL "
                   "ORDER BY json_array_length(c.tags) DESC, i.intake_id LIMIT 1");
}

const std::vector<Recipe> kRecipes = {
    {"01_cramps_per_clinic_month.sql", {},
     "clinic_id,month,intakes,cramp_complaints,nocturnal,not_classified"},
    {"02_top_causes_per_clinic.sql", {}, "clinic_id,rank,code,label,complaints,definite"},
    {"03_nocturnal_share_by_age_band.sql", {},
     "age_band,cramp_complaints,nocturnal,nocturnal_percent"},
    {"04_calcium_risk_with_other_cause.sql", {},
     "clinic_id,patient_id,intake_id,intake_date,sex,age,calcium_risk,calcium_evidence,other_causes"},
    {"05_red_flags_last_30_days.sql", {},
     "clinic_id,intake_id,patient_id,intake_date,red_flags,complaint"},
    {"06_evidence_for_intake.sql", {"clinic=CLN-014", "intake=*"},
     "kind,code,label,certainty,field,evidence,rule"},
    {"07_rules_that_fire_most.sql", {}, "rule,kind,code,tags,possible"},
    {"08_rejects_per_file_and_reason.sql", {}, "file,reason,rows,lines"},
    {"09_not_classified_yet.sql", {}, "clinic_id,intake_id,patient_id,intake_date"},
    {"10_repeat_cramp_patients.sql", {},
     "clinic_id,patient_id,cramp_complaints,first_date,last_date,causes_seen"},
};

/// Runs a cookbook file as an analyst would; "intake=*" stands for IntakeWithMostTags().
std::vector<std::vector<std::string>> RunRecipe(const Recipe& recipe) {
  std::vector<std::string> args = {"query", "--file", std::string(CRAMPWATCH_COOKBOOK) + "/" + recipe.file,
                                   "--format", "csv"};
  for (const std::string& param : recipe.params) {
    args.insert(args.end(), {"--param", param == "intake=*" ? "intake=" + IntakeWithMostTags() : param});
  }
  const RunResult run = SampleDatabase::Get().Crampwatch(args);
  BOOST_TEST_REQUIRE(run.exit_code == 0, recipe.file << ": " << run.err);
  return ParseCsv(run.out);
}

std::vector<std::vector<std::string>> Run(const std::string& file) {
  const auto recipe = std::find_if(kRecipes.begin(), kRecipes.end(),
                                   [&file](const Recipe& r) { return r.file == file; });
  BOOST_TEST_REQUIRE((recipe != kRecipes.end()), file);
  return RunRecipe(*recipe);
}

long long Sum(const std::vector<std::vector<std::string>>& rows, std::size_t column) {
  long long sum = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) sum += std::stoll(rows[i][column]);
  return sum;
}

// Independent of the views: current classifications straight from the tables.
constexpr char kCurrentCramps[] =
    "FROM intake AS i JOIN classification AS c ON c.intake_key = i.intake_key "
    "AND c.revision = i.revision WHERE c.is_cramp = 1";

}  // namespace

BOOST_AUTO_TEST_SUITE(cookbook)

BOOST_DATA_TEST_CASE(each_query_runs_with_its_header_and_rows, boost::unit_test::data::make(kRecipes), recipe) {
  const auto rows = RunRecipe(recipe);
  BOOST_TEST_REQUIRE(!rows.empty());
  std::string header;
  for (const std::string& name : rows[0]) header += (header.empty() ? "" : ",") + name;
  BOOST_TEST(header == recipe.header);
  BOOST_TEST(rows.size() >= 2u, recipe.file << " returned no row");
  for (const auto& row : rows) BOOST_TEST(row.size() == rows[0].size());
}

BOOST_AUTO_TEST_CASE(every_file_is_tested_and_says_what_it_answers_and_how_to_run_it) {
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(CRAMPWATCH_COOKBOOK)) {
    files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> tested;
  for (const Recipe& recipe : kRecipes) tested.push_back(recipe.file);
  BOOST_TEST(files == tested, boost::test_tools::per_element());

  for (const std::string& file : files) {
    const std::string text = testing::ReadFile(fs::path(CRAMPWATCH_COOKBOOK) / file);
    BOOST_TEST(text.starts_with("-- "), file);
    const std::string run_line = "-- Run: crampwatch --db clinic.db query --file cookbook/" + file;
    BOOST_TEST(text.compare(text.find('\n') + 1, run_line.size(), run_line) == 0, file);
    BOOST_TEST(text.find("--format table") != std::string::npos, file);
  }
}

BOOST_AUTO_TEST_CASE(cramp_counts_agree_with_the_tables) {
  SQLite::Database database = SampleDatabase::Get().Open();
  const long long cramps = QueryInt(database, std::string("SELECT count(*) ") + kCurrentCramps);
  BOOST_TEST(cramps == 229);  // the sample data's status, before the late record
  BOOST_TEST(Sum(Run("01_cramps_per_clinic_month.sql"), 3) == cramps);
  BOOST_TEST(Sum(Run("01_cramps_per_clinic_month.sql"), 2) == QueryInt(database, "SELECT count(*) FROM intake"));
  BOOST_TEST(Sum(Run("03_nocturnal_share_by_age_band.sql"), 1) == cramps);
  BOOST_TEST(Sum(Run("03_nocturnal_share_by_age_band.sql"), 2) ==
             QueryInt(database, std::string("SELECT count(*) ") + kCurrentCramps + " AND c.nocturnal = 1"));
}

BOOST_AUTO_TEST_CASE(repeat_patients_agree_with_the_tables) {
  SQLite::Database database = SampleDatabase::Get().Open();
  const auto rows = Run("10_repeat_cramp_patients.sql");
  BOOST_TEST(static_cast<long long>(rows.size() - 1) ==
             QueryInt(database, std::string("SELECT count(*) FROM (SELECT 1 ") + kCurrentCramps +
                                    " GROUP BY i.clinic_id, i.patient_id HAVING count(*) >= 2)"));
  // The first row is the patient with the most cramp complaints.
  BOOST_TEST(std::stoll(rows[1][2]) ==
             QueryInt(database, std::string("SELECT count(*) AS n ") + kCurrentCramps +
                                    " GROUP BY i.clinic_id, i.patient_id ORDER BY n DESC LIMIT 1"));
}

BOOST_AUTO_TEST_CASE(evidence_lists_every_tag_of_the_intake) {
  SQLite::Database database = SampleDatabase::Get().Open();
  const long long tags = QueryInt(
      database, "SELECT json_array_length(c.tags) FROM intake AS i JOIN classification AS c "
                "ON c.intake_key = i.intake_key WHERE i.clinic_id = 'CLN-014' AND i.intake_id = '" +
                    IntakeWithMostTags() + "'");
  BOOST_TEST(tags >= 2);
  BOOST_TEST(static_cast<long long>(Run("06_evidence_for_intake.sql").size() - 1) == tags);
}

BOOST_AUTO_TEST_CASE(rejects_and_unclassified_records_are_all_listed) {
  SQLite::Database database = SampleDatabase::Get().Open();
  BOOST_TEST(Sum(Run("08_rejects_per_file_and_reason.sql"), 2) == QueryInt(database, "SELECT count(*) FROM import_reject"));
  BOOST_TEST(Sum(Run("08_rejects_per_file_and_reason.sql"), 2) == 12);
  const auto unclassified = Run("09_not_classified_yet.sql");
  BOOST_TEST(unclassified.size() == 2u);
  BOOST_TEST(unclassified.back()[1] == "LATE-1");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
