// Tests of ClassificationStore against a real, file-backed SQLite database.
#include "classify/classification_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <boost/test/unit_test.hpp>
#include <memory>

#include "db/database.h"
#include "import/importer.h"
#include "test_support.h"

namespace crampwatch::classify {
namespace {

using testing::QueryInt;
using testing::QueryText;

constexpr char kHeader[] = "clinic_id,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n";

// Three records, keys 1-3; the second has no sex, age, history or medications.
constexpr char kRecords[] =
    "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night,osteoporosis,lasix 40mg\n"
    "C1,A-2,P-2,2026-01-05,,,sore throat,,\n"
    "C1,A-3,P-3,2026-01-06,M,14,foot cramp,,\n";

Tag MakeTag(TagKind kind, std::string code, TextField field, std::size_t begin,
            std::string evidence) {
  Tag tag;
  tag.kind = kind;
  tag.code = std::move(code);
  tag.field = field;
  tag.begin = begin;
  tag.end = begin + evidence.size();
  tag.evidence = std::move(evidence);
  tag.rule = "test rule";
  return tag;
}

// What the classifier would say about A-1.
Classification CrampVerdict() {
  Classification verdict;
  verdict.is_cramp = true;
  verdict.nocturnal = true;
  verdict.sites = {"calf"};
  verdict.tags = {MakeTag(TagKind::kCause, "calcium_deficiency", TextField::kHistory, 0, "osteoporosis"),
                  MakeTag(TagKind::kCause, "medication", TextField::kMedications, 0, "lasix")};
  verdict.tags[1].certainty = Certainty::kPossible;
  verdict.calcium_risk = CalciumRisk::kWoman45Plus;
  verdict.calcium_reason = "age 52, female: woman 45+";
  return verdict;
}

struct StoreFixture {
  testing::TempDir dir;
  std::unique_ptr<SQLite::Database> database = db::OpenDatabase(dir.File("test.db"));
  SilentStatus status;

  StoreFixture() { Import("n1.csv", std::string(kHeader) + kRecords); }

  void Import(const std::string& name, const std::string& content) {
    importer::Importer importer(*database, {}, status);
    importer::FileImportResult result = importer.ImportFile(dir.Write(name, content));
    BOOST_REQUIRE_MESSAGE(result.outcome == importer::FileOutcome::kImported, result.message);
  }

  std::vector<ClassificationStore::QueuedIntake> ReadAll(ClassificationStore& store) {
    std::vector<ClassificationStore::QueuedIntake> chunk;
    store.ReadQueued(0, 100, chunk);
    return chunk;
  }

  // Stages and merges one verdict.
  static void Replace(ClassificationStore& store, const ClassificationStore::QueuedIntake& intake,
                      const std::string& rules_version, const Classification& verdict) {
    store.Stage(intake, verdict);
    store.Merge(store.BeginRun(rules_version, "adolescent 10-19, woman 45+"));
  }

  std::string Queue() {
    return QueryText(*database, "SELECT coalesce(group_concat(intake_key), '') FROM "
                                "(SELECT intake_key FROM classify_queue ORDER BY 1)");
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(classification_store, StoreFixture)

BOOST_AUTO_TEST_CASE(reads_queued_records_in_key_order_a_chunk_at_a_time) {
  ClassificationStore store(*database);
  BOOST_TEST(store.CountQueued() == 3);
  std::vector<ClassificationStore::QueuedIntake> chunk;
  store.ReadQueued(0, 2, chunk);
  BOOST_TEST_REQUIRE(chunk.size() == 2u);
  BOOST_TEST(chunk[0].intake_key == 1);
  BOOST_TEST(chunk[0].revision == 1);
  BOOST_TEST(chunk[0].complaint == "calf cramps at night");
  BOOST_TEST(chunk[0].history == "osteoporosis");
  BOOST_TEST(chunk[0].medications == "lasix 40mg");
  BOOST_TEST(chunk[0].age.value_or(-1) == 52);
  BOOST_TEST(chunk[0].sex == 'F');
  // NULLs read as empty text, no age, no sex.
  BOOST_TEST(chunk[1].intake_key == 2);
  BOOST_TEST(chunk[1].history.empty());
  BOOST_TEST(chunk[1].medications.empty());
  BOOST_TEST(!chunk[1].age.has_value());
  BOOST_TEST(chunk[1].sex == '\0');
  IntakeText text = chunk[0].Text();
  BOOST_TEST(text.complaint == "calf cramps at night");
  BOOST_TEST(text.medications == "lasix 40mg");
  BOOST_TEST(text.age.value_or(-1) == 52);
  BOOST_TEST(text.sex == 'F');

  store.ReadQueued(chunk.back().intake_key, 2, chunk);
  BOOST_TEST_REQUIRE(chunk.size() == 1u);
  BOOST_TEST(chunk[0].intake_key == 3);
  store.ReadQueued(chunk.back().intake_key, 2, chunk);
  BOOST_TEST(chunk.empty());
}

BOOST_AUTO_TEST_CASE(merge_stores_the_staged_verdicts_and_their_tags) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  store.Stage(queued[0], CrampVerdict());
  store.Stage(queued[1], Classification{});
  store.Merge(store.BeginRun("v1", "adolescent 10-19, woman 45+"));

  BOOST_TEST(QueryText(*database,
                       "SELECT is_cramp || '|' || nocturnal || '|' || site || '|' || causes || '|' || "
                       "red_flags || '|' || calcium_risk || '|' || rules_version "
                       "FROM v_intake WHERE intake_id = 'A-1'") ==
             "1|1|calf|calcium_deficiency,medication||woman_45_plus|v1");
  BOOST_TEST(QueryText(*database, "SELECT calcium_reason || '|' || revision FROM classification "
                                  "WHERE intake_key = 1") == "age 52, female: woman 45+|1");
  BOOST_TEST(QueryText(*database, "SELECT started_at FROM classify_run JOIN classification "
                                  "USING (run_id) WHERE intake_key = 1")
                 .size() == 20u);
  // No cramp: empty text for the codes, NULL for no calcium risk.
  BOOST_TEST(QueryText(*database,
                       "SELECT is_cramp || '|' || nocturnal || '|' || site || '|' || causes || '|' || "
                       "red_flags || '|' || coalesce(calcium_risk, 'NULL') "
                       "FROM v_intake WHERE intake_id = 'A-2'") == "0|0||||NULL");
  BOOST_TEST(QueryText(*database, "SELECT coalesce(calcium_reason, 'NULL') FROM classification "
                                  "WHERE intake_key = 2") == "NULL");
  // Not classified yet: NULL.
  BOOST_TEST(QueryText(*database, "SELECT coalesce(is_cramp, site, causes, rules_version, 'NULL') "
                                  "FROM v_intake WHERE intake_id = 'A-3'") == "NULL");

  BOOST_TEST(QueryText(*database,
                       "SELECT group_concat(clinic_id || ' ' || intake_id || ' ' || kind || ' ' || code || ' ' || "
                       "certainty || ' ' || field || ' ' || evidence || ' ' || rule, '; ') FROM "
                       "(SELECT * FROM v_tag ORDER BY code)") ==
             "C1 A-1 cause calcium_deficiency definite history osteoporosis test rule; "
             "C1 A-1 cause medication possible medications lasix test rule");
  BOOST_TEST(QueryText(*database, "SELECT start || '-' || \"end\" FROM intake_tag WHERE code = 'medication'") ==
             "0-5");
}

BOOST_AUTO_TEST_CASE(merging_again_replaces_the_tags_rather_than_adding_to_them) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued[0], "v1", CrampVerdict());
  Classification fewer = CrampVerdict();
  fewer.tags.pop_back();
  fewer.nocturnal = false;
  Replace(store, queued[0], "v2", fewer);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM intake_tag") == 1);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classification") == 1);
  BOOST_TEST(QueryText(*database, "SELECT causes || '|' || nocturnal || '|' || rules_version FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "calcium_deficiency|0|v2");
  // No tags now: the old ones go. Merging an empty stage changes nothing.
  Replace(store, queued[0], "v3", Classification{});
  store.Merge(store.BeginRun("v4", "adolescent 10-19, woman 45+"));
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM intake_tag") == 0);
  BOOST_TEST(QueryText(*database, "SELECT is_cramp || causes || rules_version FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "0v3");
}

BOOST_AUTO_TEST_CASE(dequeue_removes_only_the_range) {
  ClassificationStore store(*database);
  store.Dequeue(1, 2);
  BOOST_TEST(Queue() == "3");
  BOOST_TEST(store.CountQueued() == 1);
}

BOOST_AUTO_TEST_CASE(other_rules_versions_are_queued_again) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued[0], "old", CrampVerdict());
  Replace(store, queued[1], "new", Classification{});
  Replace(store, queued[2], "older", Classification{});
  store.Dequeue(1, 3);
  BOOST_TEST(store.QueueOtherRulesVersions("new") == 2);
  BOOST_TEST(Queue() == "1,3");
  BOOST_TEST(store.QueueOtherRulesVersions("new") == 0);  // queued already
  store.Dequeue(1, 3);
  BOOST_TEST(store.QueueOtherRulesVersions("old") == 2);
  BOOST_TEST(Queue() == "2,3");
}

BOOST_AUTO_TEST_CASE(queue_all_queues_every_record_once) {
  ClassificationStore store(*database);
  store.Dequeue(1, 2);
  BOOST_TEST(store.QueueAll() == 2);
  BOOST_TEST(Queue() == "1,2,3");
  BOOST_TEST(store.QueueAll() == 0);
}

BOOST_AUTO_TEST_CASE(a_record_changed_after_its_classification_shows_none_until_classified_again) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued[0], "v1", CrampVerdict());
  store.Dequeue(1, 3);
  Import("n2.csv", std::string(kHeader) +
                       "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night,osteoporosis,\n");
  BOOST_TEST(Queue() == "1");
  BOOST_TEST(QueryText(*database, "SELECT coalesce(is_cramp, nocturnal, site, causes, red_flags, "
                                  "calcium_risk, rules_version, 'NULL') FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "NULL");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 0);

  queued = ReadAll(store);
  BOOST_TEST_REQUIRE(queued.size() == 1u);
  BOOST_TEST(queued[0].revision == 2);
  BOOST_TEST(queued[0].medications.empty());
  Classification verdict = CrampVerdict();
  verdict.tags.pop_back();
  Replace(store, queued[0], "v1", verdict);
  BOOST_TEST(QueryText(*database, "SELECT causes FROM v_intake WHERE intake_id = 'A-1'") ==
             "calcium_deficiency");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 1);
}

BOOST_AUTO_TEST_CASE(writes_roll_back_with_the_callers_transaction) {
  std::string before = testing::DumpDatabase(*database);
  {
    SQLite::Transaction transaction(*database);
    ClassificationStore store(*database);
    auto queued = ReadAll(store);
    Replace(store, queued[0], "v1", CrampVerdict());
    store.Dequeue(1, 3);
  }
  BOOST_TEST(testing::DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
