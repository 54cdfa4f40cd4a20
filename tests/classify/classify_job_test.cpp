// Tests of RunClassify: imported records, classified with small rules, seen through the views.
#include "classify/classify_job.h"

#include <SQLiteCpp/Database.h>

#include <boost/test/unit_test.hpp>
#include <memory>

#include "classify/test_rules.h"
#include "db/database.h"
#include "import/importer.h"
#include "test_support.h"
#include "util/embedded_file.h"

namespace crampwatch::classify {
namespace {

using testing::DumpDatabase;
using testing::QueryInt;
using testing::QueryText;

// Small rules, so that the expectations follow from this file alone.
constexpr char kRules[] = R"(# classify_job_test rules
[settings]
adolescent_ages = 10-19
woman_min_age = 45

[cramp_word]
cramp*

[site calf]
calf
calves

[site foot]
foot
feet

[night]
at night

[cause medication]
lasix
hctz

[cause lumbar_disc_herniation chronic]
sciatica

[red_flag dvt_signs]
swollen

[modifier negated forward]
no
denies
)";

constexpr char kNight1[] =
    "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night after a hike,,lasix 40mg\n"
    "C1,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
    "C2,A-3,P-3,2026-01-06,M,14,calf and foot cramp with a swollen calf,sciatica,\n";

// Records the last progress report.
struct LastProgress : SilentStatus {
  void Progress(std::string_view, std::int64_t done_now, std::optional<std::int64_t> total_now,
                ProgressUnit) override {
    done = done_now;
    total = total_now.value_or(-1);
  }
  std::int64_t done = -1;
  std::int64_t total = -1;
};


struct JobFixture {
  testing::TempDir dir;
  std::unique_ptr<SQLite::Database> database = db::OpenDatabase(dir.File("test.db"));
  std::unique_ptr<RuleSet> rules = ParseTestRules(kRules);
  LastProgress status;

  void Import(const std::string& name, const std::string& rows) {
    importer::Importer importer(*database, {}, status);
    importer::FileImportResult result = importer.ImportFile(testing::WriteExport(dir, name, rows));
    BOOST_REQUIRE_MESSAGE(result.outcome == importer::FileOutcome::kImported, result.message);
  }

  ClassifyResult Classify(ClassifyOptions options = {}, const RuleSet* with = nullptr) {
    return RunClassify(*database, with != nullptr ? *with : *rules, options, status);
  }

  // A v_intake row's classification columns, '-' for NULL.
  std::string Verdict(const std::string& intake_id) {
    return QueryText(*database,
                     "SELECT coalesce(is_cramp, '-') || '|' || coalesce(nocturnal, '-') || '|' || "
                     "coalesce(site, '-') || '|' || coalesce(causes, '-') || '|' || "
                     "coalesce(red_flags, '-') || '|' || coalesce(calcium_risk, '-') "
                     "FROM v_intake WHERE intake_id = '" + intake_id + "'");
  }

  // Everything the public views show, for comparing runs.
  std::string Views() {
    return QueryText(*database, "SELECT group_concat(line, char(10)) FROM (SELECT "
                                "clinic_id || intake_id || '|' || coalesce(is_cramp, '-') || coalesce(nocturnal, '-') || "
                                "coalesce(site, '-') || coalesce(causes, '-') || coalesce(red_flags, '-') || "
                                "coalesce(calcium_risk, '-') || coalesce(rules_version, '-') AS line "
                                "FROM v_intake UNION ALL SELECT clinic_id || intake_id || '|' || kind || code || "
                                "certainty || field || evidence || rule FROM v_tag ORDER BY 1)");
  }

  long long Count(const std::string& table) { return QueryInt(*database, "SELECT count(*) FROM " + table); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(classify_job, JobFixture)

BOOST_AUTO_TEST_CASE(classifies_the_queued_records_into_the_views) {
  Import("n1.csv", kNight1);
  ClassifyResult result = Classify();
  BOOST_TEST(result.classified == 3);
  BOOST_TEST(result.cramp_complaints == 2);
  BOOST_TEST(result.tags == 3);
  BOOST_TEST(result.seconds >= 0);
  BOOST_TEST(Count("classify_queue") == 0);

  BOOST_TEST(Verdict("A-1") == "1|1|calf|medication||woman_45_plus");
  BOOST_TEST(Verdict("A-2").starts_with("0|0||||"), Verdict("A-2"));
  BOOST_TEST(Verdict("A-3") == "1|0|calf,foot|lumbar_disc_herniation|dvt_signs|adolescent");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_intake WHERE rules_version = '" +
                                     rules->version() + "'") == 3);
  BOOST_TEST(QueryText(*database, "SELECT group_concat(t, '; ') FROM (SELECT clinic_id || ' ' || intake_id "
                                  "|| ' ' || kind || ' ' || code || ' ' || certainty || ' ' || field || ' ' || "
                                  "evidence AS t FROM v_tag ORDER BY 1)") ==
             "C1 A-1 cause medication definite medications lasix; "
             "C2 A-3 cause lumbar_disc_herniation definite history sciatica; "
             "C2 A-3 red_flag dvt_signs definite complaint swollen");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag WHERE rule = ''") == 0);
  BOOST_TEST(status.done == 3);
  BOOST_TEST(status.total == 3);
}

BOOST_AUTO_TEST_CASE(stores_each_complaints_evidence_with_the_names_of_its_codes) {
  Import("n1.csv", kNight1);
  Classify();
  BOOST_TEST(QueryText(*database, "SELECT c.evidence FROM classification AS c JOIN intake AS i "
                                  "USING (intake_key) WHERE i.intake_id = 'A-3'") ==
             "Lumbar disc herniation: \"sciatica\" (history)\n"
             "DVT signs: \"swollen\" (complaint)");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classification WHERE evidence IS NULL") == 1);  // A-2
}

// The evidence the classifier stores is the text schema/008 makes in SQL
// from the tags column for records classified before it.
BOOST_AUTO_TEST_CASE(the_stored_evidence_is_what_the_migration_makes_from_the_tags) {
  Import("n1.csv", kNight1);
  Import("n2.csv",
         "C3,B-1,P-9,2026-01-07,F,70,cramps in my calves and feet at night no swelling,sciatica for years,"
         "hctz and lasix\n");
  Classify();
  const std::string sql = "SELECT group_concat(intake_key || '=' || coalesce(evidence, 'NULL'), char(10)) "
                          "FROM classification";
  const std::string stored = QueryText(*database, sql);
  const std::string migration(embedded::SchemaFiles()[7].content);
  BOOST_REQUIRE(migration.find("UPDATE classification") != std::string::npos);
  database->exec("UPDATE classification SET evidence = NULL");
  database->exec(migration.substr(migration.find("UPDATE classification")));
  BOOST_TEST(QueryText(*database, sql) == stored);
  BOOST_TEST(stored.find("Medication: \"hctz\" (medications)") != std::string::npos, stored);
}

BOOST_AUTO_TEST_CASE(a_second_run_changes_nothing) {
  Import("n1.csv", kNight1);
  Classify();
  std::string before = DumpDatabase(*database);
  ClassifyResult again = Classify();
  BOOST_TEST(again.classified == 0);
  BOOST_TEST(again.tags == 0);
  BOOST_TEST(DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_CASE(a_changed_record_shows_no_verdict_until_it_is_classified_again) {
  Import("n1.csv", kNight1);
  Classify();
  // A-1 loses its medicine; A-2 is unchanged; A-4 is new.
  Import("n2.csv",
         "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night after a hike,,\n"
         "C1,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
         "C1,A-4,P-4,2026-01-07,F,60,calves cramp,,hctz\n");
  BOOST_TEST(Verdict("A-1") == "-|-|-|-|-|-");
  BOOST_TEST(Verdict("A-4") == "-|-|-|-|-|-");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag WHERE intake_id = 'A-1'") == 0);
  BOOST_TEST(QueryText(*database, "SELECT coalesce(rules_version, 'NULL') FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "NULL");

  ClassifyResult result = Classify();
  BOOST_TEST(result.classified == 2);  // A-1 and A-4 only
  BOOST_TEST(Verdict("A-1") == "1|1|calf|||woman_45_plus");
  BOOST_TEST(Verdict("A-4") == "1|0|calf|medication||woman_45_plus");
  BOOST_TEST(QueryText(*database, "SELECT coalesce(tags, 'NULL') FROM classification WHERE intake_key = "
                                  "(SELECT intake_key FROM intake WHERE intake_id = 'A-1')") == "NULL");
  BOOST_TEST(QueryInt(*database, "SELECT classification.revision FROM classification JOIN intake USING (intake_key) "
                                 "WHERE intake_id = 'A-1'") == 2);
  BOOST_TEST(Count("v_tag") == 3);
}

BOOST_AUTO_TEST_CASE(other_rules_classify_every_record_again) {
  Import("n1.csv", kNight1);
  Classify();
  std::unique_ptr<RuleSet> more = ParseTestRules(std::string(kRules) + "\n[cause overexertion]\nhike\n");
  BOOST_TEST(more->version() != rules->version());

  ClassifyResult result = Classify({}, more.get());
  BOOST_TEST(result.classified == 3);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_intake WHERE rules_version = '" +
                                     more->version() + "'") == 3);
  BOOST_TEST(Verdict("A-1") == "1|1|calf|medication,overexertion||woman_45_plus");
  BOOST_TEST(Count("v_tag") == 4);
  BOOST_TEST(Classify({}, more.get()).classified == 0);
  // Going back to the first rules classifies everything once more.
  BOOST_TEST(Classify().classified == 3);
  BOOST_TEST(Count("v_tag") == 3);
}

BOOST_AUTO_TEST_CASE(calcium_settings_are_part_of_the_rules_version) {
  Import("n1.csv", kNight1);
  Classify();
  std::unique_ptr<RuleSet> older = ParseTestRules(kRules);
  older->SetCalciumSettings({.adolescent_min_age = 10, .adolescent_max_age = 19, .woman_min_age = 55});
  BOOST_TEST(older->version() != rules->version());
  BOOST_TEST(Classify({}, older.get()).classified == 3);
  BOOST_TEST(Verdict("A-1") == "1|1|calf|medication||-");
  // Each run records the thresholds it applied, for the reports' footer.
  BOOST_TEST(QueryText(*database, "SELECT group_concat(calcium_settings, ' / ') FROM "
                                  "(SELECT calcium_settings FROM classify_run ORDER BY run_id)") ==
             "adolescent 10-19, woman 45+ / adolescent 10-19, woman 55+");
}

BOOST_AUTO_TEST_CASE(all_classifies_every_record_again_replacing_the_tags) {
  Import("n1.csv", kNight1);
  Classify();
  std::string views = Views();
  ClassifyResult result = Classify({.all = true});
  BOOST_TEST(result.classified == 3);
  BOOST_TEST(result.tags == 3);
  BOOST_TEST(Count("v_tag") == 3);
  BOOST_TEST(Count("classification") == 3);
  BOOST_TEST(Count("classify_queue") == 0);
  BOOST_TEST(Views() == views);
}

BOOST_AUTO_TEST_CASE(chunks_and_threads_give_the_same_verdicts_as_one_record_at_a_time) {
  std::string rows;
  for (int i = 0; i < 500; ++i) {
    std::string n = std::to_string(i);
    const char* complaints[] = {"calf cramps at night", "sore throat", "foot cramp no swelling",
                                "feet cramp at night; calf swollen", "cramps"};
    rows += "C" + std::to_string(i % 3) + ",A-" + n + ",P-" + n + ",2026-01-05," + (i % 2 ? "F" : "M") +
            "," + std::to_string(i % 90) + "," + complaints[i % 5] + "," + (i % 7 ? "" : "sciatica") + "," +
            (i % 4 ? "" : "hctz") + "\n";
  }
  Import("many.csv", rows);
  ClassifyResult chunked = Classify({.chunk_size = 128});
  BOOST_TEST(chunked.classified == 500);
  BOOST_TEST(status.done == 500);
  std::string views = Views();
  ClassifyResult single = Classify({.all = true, .chunk_size = 1});
  BOOST_TEST(single.classified == 500);
  BOOST_TEST(single.cramp_complaints == chunked.cramp_complaints);
  BOOST_TEST(single.tags == chunked.tags);
  BOOST_TEST(Views() == views);
  BOOST_TEST(Count("v_tag") == chunked.tags);
}

BOOST_AUTO_TEST_CASE(a_first_classification_and_a_reclassification_look_alike) {
  // Records first classified with rules that tag differently (new rows),
  // then with the test rules (replaced rows), against records classified
  // with the test rules only: the views must not tell them apart.
  // A-6 has tags under the other rules only.
  std::string rows = kNight1;
  rows += "C2,A-5,P-5,2026-01-08,F,47,foot cramps at night,,lasix\n"
          "C2,A-6,P-6,2026-01-08,M,33,calf cramps after a hike,,\n";
  Import("n1.csv", rows);
  Classify();
  const std::string first = Views();

  JobFixture other;
  other.Import("n1.csv", rows);
  std::unique_ptr<RuleSet> different = ParseTestRules(std::string(kRules) + "\n[cause overexertion]\nhike\n");
  other.Classify({}, different.get());
  BOOST_TEST(other.Views() != first);
  BOOST_TEST(other.Count("v_tag WHERE intake_id = 'A-6'") == 1);
  BOOST_TEST(other.Classify().classified == 5);
  BOOST_TEST(other.Views() == first);
  BOOST_TEST(other.Count("v_tag WHERE intake_id = 'A-6'") == 0);
  BOOST_TEST(other.Count("classification") == 5);
}

BOOST_AUTO_TEST_CASE(foreign_key_checks_are_on_again_after_a_run) {
  Import("n1.csv", kNight1);
  Classify();
  BOOST_TEST(QueryInt(*database, "PRAGMA foreign_keys") == 1);
  // Also after a run that fails: the transaction is rolled back first.
  Import("n2.csv", "C1,A-4,P-4,2026-01-07,F,60,calves cramp,,hctz\n");
  database->exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON classification "
                 "BEGIN SELECT RAISE(ABORT, 'test failure'); END");
  BOOST_CHECK_THROW(Classify(), SQLite::Exception);
  database->exec("DROP TRIGGER temp.fail");
  BOOST_TEST(QueryInt(*database, "PRAGMA foreign_keys") == 1);
  BOOST_TEST(Count("classify_queue") == 1);
  BOOST_TEST(Classify().classified == 1);
}

// As the import's (importer_test): no statement of the job may keep a read
// transaction open past its commit, or the commit's checkpoint is skipped.
BOOST_AUTO_TEST_CASE(the_commit_is_checkpointed_into_the_database_file) {
  database->exec("PRAGMA wal_autocheckpoint = 1");  // every commit checkpoints
  Import("n1.csv", kNight1);
  BOOST_REQUIRE(Classify().classified == 3);
  BOOST_TEST(testing::QueryIntInFileAlone(dir.File("test.db"), "SELECT count(*) FROM classification") == 3);
}

BOOST_AUTO_TEST_CASE(an_empty_database_classifies_nothing) {
  ClassifyResult result = Classify();
  BOOST_TEST(result.classified == 0);
  BOOST_TEST(status.total == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
