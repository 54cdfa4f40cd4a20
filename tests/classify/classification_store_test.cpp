// Tests of ClassificationStore against a real, file-backed SQLite database.
#include "classify/classification_store.h"

#include "classify/classification_row.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "db/database.h"
#include "db/migrations.h"
#include "import/importer.h"
#include "test_support.h"
#include "util/embedded_file.h"

namespace crampwatch::classify {
namespace {

using testing::QueryInt;
using testing::QueryText;

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

  StoreFixture() { Import("n1.csv", kRecords); }

  void Import(const std::string& name, const std::string& rows) {
    importer::Importer importer(*database, {}, status);
    importer::FileImportResult result = importer.ImportFile(testing::WriteExport(dir, name, rows));
    BOOST_REQUIRE_MESSAGE(result.outcome == importer::FileOutcome::kImported, result.message);
  }

  ClassificationStore::QueuedChunk ReadAll(ClassificationStore& store) {
    ClassificationStore::QueuedChunk chunk;
    store.ReadQueued(0, 100, chunk);
    return chunk;
  }

  // `verdict` as the classifying threads hand it over: with no rule ids
  // known, its tags are left for the store to resolve.
  static ClassificationRow Row(Classification verdict, const RuleIds& rule_ids = {}) {
    ClassificationRow row;
    FormatRow(std::move(verdict), IntakeText{}, TagLabels{}, rule_ids, row);
    return row;
  }

  // Writes one verdict in a run of its own.
  static void Replace(ClassificationStore& store, const ClassificationStore::QueuedIntake& intake,
                      const std::string& rules_version, const Classification& verdict) {
    ClassificationRow row = Row(verdict, store.rule_ids());
    store.Write(store.BeginRun(rules_version, "adolescent 10-19, woman 45+"), {&intake, 1}, {&row, 1});
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
  ClassificationStore::QueuedChunk chunk;
  store.ReadQueued(0, 2, chunk);
  BOOST_TEST_REQUIRE(chunk.intakes.size() == 2u);
  const auto& first = chunk.intakes[0];
  BOOST_TEST(first.intake_key == 1);
  BOOST_TEST(first.revision == 1);
  BOOST_TEST(first.complaint == "calf cramps at night");
  BOOST_TEST(first.history == "osteoporosis");
  BOOST_TEST(first.medications == "lasix 40mg");
  BOOST_TEST(first.age.value_or(-1) == 52);
  BOOST_TEST(first.sex == 'F');
  // NULLs read as empty text, no age, no sex.
  const auto& second = chunk.intakes[1];
  BOOST_TEST(second.intake_key == 2);
  BOOST_TEST(second.complaint == "sore throat");
  BOOST_TEST(second.history.empty());
  BOOST_TEST(second.medications.empty());
  BOOST_TEST(!second.age.has_value());
  BOOST_TEST(second.sex == '\0');
  IntakeText text = first.Text();
  BOOST_TEST(text.complaint == "calf cramps at night");
  BOOST_TEST(text.medications == "lasix 40mg");
  BOOST_TEST(text.age.value_or(-1) == 52);
  BOOST_TEST(text.sex == 'F');

  // The chunk is reused: nothing of the previous records stays.
  store.ReadQueued(chunk.intakes.back().intake_key, 2, chunk);
  BOOST_TEST_REQUIRE(chunk.intakes.size() == 1u);
  BOOST_TEST(chunk.intakes[0].intake_key == 3);
  BOOST_TEST(chunk.intakes[0].complaint == "foot cramp");
  BOOST_TEST(chunk.intakes[0].history.empty());
  BOOST_TEST(chunk.intakes[0].age.value_or(-1) == 14);
  BOOST_TEST(chunk.intakes[0].sex == 'M');
  store.ReadQueued(chunk.intakes.back().intake_key, 2, chunk);
  BOOST_TEST(chunk.intakes.empty());
}

BOOST_AUTO_TEST_CASE(write_stores_the_verdicts_and_their_tags) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  std::vector<ClassificationRow> rows = {Row(CrampVerdict()), Row(Classification{})};
  store.Write(store.BeginRun("v1", "adolescent 10-19, woman 45+"),
              std::span(queued.intakes).first(2), rows);

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
  // No cramp: empty text for the codes, NULL for no calcium risk and no tags.
  BOOST_TEST(QueryText(*database,
                       "SELECT is_cramp || '|' || nocturnal || '|' || site || '|' || causes || '|' || "
                       "red_flags || '|' || coalesce(calcium_risk, 'NULL') "
                       "FROM v_intake WHERE intake_id = 'A-2'") == "0|0||||NULL");
  BOOST_TEST(QueryText(*database, "SELECT coalesce(calcium_reason, 'NULL') || '|' || coalesce(tags, 'NULL') "
                                  "FROM classification WHERE intake_key = 2") == "NULL|NULL");
  // Not classified yet: NULL.
  BOOST_TEST(QueryText(*database, "SELECT coalesce(is_cramp, site, causes, rules_version, 'NULL') "
                                  "FROM v_intake WHERE intake_id = 'A-3'") == "NULL");

  BOOST_TEST(QueryText(*database,
                       "SELECT group_concat(clinic_id || ' ' || intake_id || ' ' || kind || ' ' || code || ' ' || "
                       "certainty || ' ' || field || ' ' || evidence || ' ' || rule, '; ') FROM "
                       "(SELECT * FROM v_tag ORDER BY code)") ==
             "C1 A-1 cause calcium_deficiency definite history osteoporosis test rule; "
             "C1 A-1 cause medication possible medications lasix test rule");
  // The stored form (schema/004): [kind, code, certainty, field, start, end, rule_id].
  BOOST_TEST(QueryText(*database, "SELECT tags FROM classification WHERE intake_key = 1") ==
             "[[\"cause\",\"calcium_deficiency\",\"definite\",\"history\",0,12,1],"
             "[\"cause\",\"medication\",\"possible\",\"medications\",0,5,1]]");
  BOOST_TEST(store.rule_ids().size() == 1u);
  BOOST_TEST(store.rule_ids().at("test rule") == 1);
}

BOOST_AUTO_TEST_CASE(rows_formatted_with_known_rule_ids_are_stored_alike) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued.intakes[0], "v1", CrampVerdict());  // adds "test rule"
  const std::string tags = QueryText(*database, "SELECT tags FROM classification WHERE intake_key = 1");
  ClassificationRow resolved = Row(CrampVerdict(), store.rule_ids());
  BOOST_TEST(resolved.unresolved.empty());
  store.Write(store.BeginRun("v1", "adolescent 10-19, woman 45+"), {&queued.intakes[0], 1}, {&resolved, 1});
  BOOST_TEST(QueryText(*database, "SELECT tags FROM classification WHERE intake_key = 1") == tags);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM rule") == 1);
}

BOOST_AUTO_TEST_CASE(writing_again_replaces_the_tags_rather_than_adding_to_them) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued.intakes[0], "v1", CrampVerdict());
  Classification fewer = CrampVerdict();
  fewer.tags.pop_back();
  fewer.nocturnal = false;
  Replace(store, queued.intakes[0], "v2", fewer);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 1);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classification") == 1);
  BOOST_TEST(QueryText(*database, "SELECT causes || '|' || nocturnal || '|' || rules_version FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "calcium_deficiency|0|v2");
  // No tags now: the old ones go. Writing no rows changes nothing.
  Replace(store, queued.intakes[0], "v3", Classification{});
  store.Write(store.BeginRun("v4", "adolescent 10-19, woman 45+"), {}, {});
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 0);
  BOOST_TEST(QueryText(*database, "SELECT coalesce(tags, 'NULL') FROM classification") == "NULL");
  BOOST_TEST(QueryText(*database, "SELECT is_cramp || causes || rules_version FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "0v3");
}

BOOST_AUTO_TEST_CASE(writes_in_batches_and_one_by_one_alike) {
  // More records than one batch statement takes, and a remainder.
  std::string rows_csv;
  for (int i = 4; i < 4 + 150; ++i) {
    rows_csv += "C1,B-" + std::to_string(i) + ",P,2026-01-07,F,50,cramps,osteoporosis,\n";
  }
  Import("n2.csv", rows_csv);
  ClassificationStore store(*database);
  ClassificationStore::QueuedChunk queued;
  store.ReadQueued(0, 1000, queued);
  BOOST_TEST_REQUIRE(queued.intakes.size() == 153u);
  std::vector<ClassificationRow> rows;
  for (std::size_t i = 0; i < queued.intakes.size(); ++i) {
    Classification verdict = i % 3 ? CrampVerdict() : Classification{};
    verdict.calcium_reason = "record " + std::to_string(queued.intakes[i].intake_key);
    rows.push_back(Row(verdict));
  }
  const std::int64_t run_id = store.BeginRun("v1", "adolescent 10-19, woman 45+");
  store.Write(run_id, queued.intakes, rows);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classification") == 153);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classification "
                                 "WHERE calcium_reason = 'record ' || intake_key") == 153);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 102 * 2);
  // The same rows one at a time: the table does not change.
  const std::string before = testing::DumpDatabase(*database);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    store.Write(run_id, std::span(queued.intakes).subspan(i, 1), std::span(rows).subspan(i, 1));
  }
  BOOST_TEST(testing::DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_CASE(dequeue_all_empties_the_queue) {
  ClassificationStore store(*database);
  store.DequeueAll();
  BOOST_TEST(Queue() == "");
  BOOST_TEST(store.CountQueued() == 0);
}

BOOST_AUTO_TEST_CASE(other_rules_versions_are_queued_again) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued.intakes[0], "old", CrampVerdict());
  Replace(store, queued.intakes[1], "new", Classification{});
  Replace(store, queued.intakes[2], "older", Classification{});
  store.DequeueAll();
  BOOST_TEST(store.QueueOtherRulesVersions("new") == 2);
  BOOST_TEST(Queue() == "1,3");
  BOOST_TEST(store.QueueOtherRulesVersions("new") == 0);  // queued already
  store.DequeueAll();
  BOOST_TEST(store.QueueOtherRulesVersions("old") == 2);
  BOOST_TEST(Queue() == "2,3");
}

BOOST_AUTO_TEST_CASE(queue_all_queues_every_record_once) {
  ClassificationStore store(*database);
  database->exec("DELETE FROM classify_queue WHERE intake_key <= 2");
  BOOST_TEST(store.QueueAll() == 2);
  BOOST_TEST(Queue() == "1,2,3");
  BOOST_TEST(store.QueueAll() == 0);
}

BOOST_AUTO_TEST_CASE(a_record_changed_after_its_classification_shows_none_until_classified_again) {
  ClassificationStore store(*database);
  auto queued = ReadAll(store);
  Replace(store, queued.intakes[0], "v1", CrampVerdict());
  store.DequeueAll();
  Import("n2.csv", "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night,osteoporosis,\n");
  BOOST_TEST(Queue() == "1");
  BOOST_TEST(QueryText(*database, "SELECT coalesce(is_cramp, nocturnal, site, causes, red_flags, "
                                  "calcium_risk, rules_version, 'NULL') FROM v_intake "
                                  "WHERE intake_id = 'A-1'") == "NULL");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_tag") == 0);

  queued = ReadAll(store);
  BOOST_TEST_REQUIRE(queued.intakes.size() == 1u);
  BOOST_TEST(queued.intakes[0].revision == 2);
  BOOST_TEST(queued.intakes[0].medications.empty());
  Classification verdict = CrampVerdict();
  verdict.tags.pop_back();
  Replace(store, queued.intakes[0], "v1", verdict);
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
    Replace(store, queued.intakes[0], "v1", CrampVerdict());
    store.DequeueAll();
  }
  BOOST_TEST(testing::DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_SUITE_END()

// schema/004 moves the tags of a version-3 database, from intake_tag into
// classification.tags: v_tag shows the same rows, in the same order.
BOOST_AUTO_TEST_CASE(migrating_to_tags_in_classification_keeps_v_tag) {
  testing::TempDir dir;
  const std::string path = dir.File("v3.db");
  SQLite::Database database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const auto files = embedded::SchemaFiles();
  BOOST_TEST_REQUIRE(files.size() >= 4u);
  for (std::size_t i = 0; i < 3; ++i) database.exec(std::string(files[i].content));
  database.exec("PRAGMA user_version = 3");
  // A-1 has three tags, stored out of tag order; A-2 none; A-3 changed after
  // its classification (its tag is hidden); A-4 is not classified.
  database.exec(R"sql(
    INSERT INTO import_file (import_id, file, sha256, imported_at) VALUES (1, 'f', 'x', 't');
    INSERT INTO intake (intake_key, clinic_id, intake_id, patient_id, intake_date, complaint,
                        history, medications, revision, import_id, source_line) VALUES
      (1, 'C1', 'A-1', 'P', '2026-01-05', 'calf cramps, "swollen"', 'sciatica', 'lasix', 1, 1, 2),
      (2, 'C1', 'A-2', 'P', '2026-01-05', 'sore throat', NULL, NULL, 1, 1, 3),
      (3, 'C2', 'A-3', 'P', '2026-01-06', 'foot cramp', NULL, 'hctz', 2, 1, 4),
      (4, 'C2', 'A-4', 'P', '2026-01-06', 'foot cramp', NULL, NULL, 1, 1, 5);
    INSERT INTO classify_run (run_id, rules_version, started_at) VALUES (1, 'v', 't');
    INSERT INTO rule (rule_id, description) VALUES (1, 'cause medication "lasix" (line 3)'),
      (2, 'red_flag dvt_signs "swollen" (line 9)'), (3, 'cause lumbar_disc_herniation "sciatica"');
    INSERT INTO classification (intake_key, revision, run_id, is_cramp, nocturnal, site, causes,
                                red_flags) VALUES
      (1, 1, 1, 1, 0, 'calf', 'lumbar_disc_herniation,medication', 'dvt_signs'),
      (2, 1, 1, 0, 0, '', '', ''),
      (3, 1, 1, 1, 0, 'foot', 'medication', '');
    INSERT INTO intake_tag VALUES
      (1, 2, 'red_flag', 'dvt_signs', 'definite', 'complaint', 14, 21, 2),
      (1, 0, 'cause', 'lumbar_disc_herniation', 'possible', 'history', 0, 8, 3),
      (1, 1, 'cause', 'medication', 'definite', 'medications', 0, 5, 1),
      (3, 0, 'cause', 'medication', 'definite', 'medications', 0, 4, 1);
  )sql");
  const std::string kAllTags =
      "SELECT coalesce(group_concat(clinic_id || ' ' || intake_id || ' ' || kind || ' ' || code || ' ' || "
      "certainty || ' ' || field || ' ' || evidence || ' ' || rule, '; '), '') FROM v_tag";
  const std::string before = QueryText(database, kAllTags);
  BOOST_TEST(before ==
             "C1 A-1 cause lumbar_disc_herniation possible history sciatica cause lumbar_disc_herniation "
             "\"sciatica\"; C1 A-1 cause medication definite medications lasix cause medication \"lasix\" "
             "(line 3); C1 A-1 red_flag dvt_signs definite complaint swollen red_flag dvt_signs "
             "\"swollen\" (line 9)");

  db::Migrate(database, path);
  BOOST_TEST(db::SchemaVersion(database) == db::LatestSchemaVersion());
  BOOST_TEST(QueryText(database, kAllTags) == before);
  BOOST_TEST(QueryInt(database, "SELECT count(*) FROM sqlite_schema WHERE name = 'intake_tag'") == 0);
  BOOST_TEST(QueryText(database, "SELECT coalesce(tags, 'NULL') FROM classification WHERE intake_key = 2") ==
             "NULL");
  BOOST_TEST(QueryText(database, "SELECT tags FROM classification WHERE intake_key = 3") ==
             "[[\"cause\",\"medication\",\"definite\",\"medications\",0,4,1]]");
  // The view's columns, by name and in order.
  BOOST_TEST(QueryText(database, "SELECT group_concat(name, ',') FROM pragma_table_info('v_tag')") ==
             "clinic_id,intake_id,kind,code,certainty,field,evidence,rule");
}

}  // namespace crampwatch::classify
