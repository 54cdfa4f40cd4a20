// sql.h: every SQL statement of the C++ code, named once. Report SQL lives in reports/.
#pragma once

namespace crampwatch::db::sql {

// Connection settings for the writer. The page size takes effect only when
// the file is new and must come before WAL is switched on: 16 KiB pages made
// an import 20% faster than the default 4 KiB. WAL lets analysts read while
// the nightly job writes; synchronous=NORMAL is durable in WAL mode except
// for the last transactions at a power cut, never corrupting. The page cache
// is capped so that peak memory stays flat. Temporary tables and statement
// journals go to SQLite's temporary files (created private and unlinked at
// once), not to memory: in memory, the import's statement journal grew with
// the pages a batch touches, 11 MiB more with 200 clinics than with 50.
inline constexpr char kConnectionPragmas[] =
    "PRAGMA page_size = 16384;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "PRAGMA cache_size = -16384;"
    "PRAGMA temp_store = FILE;";

// Frees the connection's unused cached pages (db::ReleaseUnusedMemory).
inline constexpr char kShrinkMemory[] = "PRAGMA shrink_memory";

// Read-only connections (report workers, query, status) keep SQLite's default
// 2 MiB page cache: with the writer's 16 MiB a report was no faster (a
// clinic's pages of the period do not fit in either) and took 27 MiB more per
// worker.
inline constexpr char kReadConnectionPragmas[] = "PRAGMA query_only = ON;";
// query_only is lifted for the temp schema's sake only (ClinicPeriodCopy); a
// read-only connection still cannot write the database file.
inline constexpr char kAllowTemporaryWrites[] = "PRAGMA query_only = OFF;";
inline constexpr char kForbidWrites[] = "PRAGMA query_only = ON;";

// --- import_file ---------------------------------------------------------------
inline constexpr char kFindImportBySha[] =
    "SELECT import_id, file, imported_at FROM import_file WHERE sha256 = ?";

inline constexpr char kInsertImport[] =
    "INSERT INTO import_file (file, sha256, imported_at) VALUES (?, ?, ?)";

inline constexpr char kFinishImport[] =
    "UPDATE import_file SET sha256 = ?, rows_read = ?, inserted = ?, updated = ?, "
    "unchanged = ?, rejected = ?, seconds = ? WHERE import_id = ?";

// --force re-reads a file imported before: the new import takes over the old
// one's records, and the old one's rejects are replaced by the new ones.
// Each takes (new import_id, old import_id).
inline constexpr const char* kMoveImportReferences[] = {
    "UPDATE intake SET import_id = ?1 WHERE import_id = ?2",
    "UPDATE intake_history SET import_id = ?1 WHERE import_id = ?2",
    "UPDATE intake_history SET replaced_by_import_id = ?1 WHERE replaced_by_import_id = ?2",
};
// Deletes an import: its rejects, then its row.
inline constexpr const char* kDeleteImport[] = {
    "DELETE FROM import_reject WHERE import_id = ?",
    "DELETE FROM import_file WHERE import_id = ?",
};

// --- intake ----------------------------------------------------------------------
// Valid records are merged into intake in sets, read from the importer's
// memory through the table import_batch (db::MemoryTable) with these columns,
// in this order. A prepared upsert per row opened every cursor of intake's
// indexes and foreign keys per row, which cost more than the rest of an import
// together; a temporary table to merge from cost writing every record twice.
inline constexpr char kImportBatchTable[] = "import_batch";
inline constexpr char kImportBatchColumns[] =
    "clinic_id, intake_id, clinic_name, patient_id, intake_date, sex, birth_date, age, complaint, "
    "history, medications, extra, import_id, source_line";

// A merge is two statements. The first inserts, in file order, each record
// whose key intake does not hold yet (the first of a key repeated in the
// batch); the rest are skipped. It cannot fail half-way with foreign-key
// checks off (OR IGNORE, no trigger), so SQLite keeps no statement journal
// for it: the upsert below journals every page it touches, and journalled
// more bytes than the database holds when every record went through it.
inline constexpr char kInsertNewRecords[] =
    "INSERT OR IGNORE INTO intake (clinic_id, intake_id, clinic_name, patient_id, intake_date, sex, "
    "birth_date, age, complaint, history, medications, extra, import_id, source_line) "
    "SELECT * FROM import_batch ORDER BY rowid";

// The second takes the records the first did not insert: the key was in
// intake before the merge (?1: its largest key then), or the record repeats a
// key earlier in the batch. It updates those whose content differs and leaves
// identical ones alone, in file order, so a record repeated later in the same
// file updates the earlier one. The revision change fires intake_keep_history.
inline constexpr char kMergeOtherRecords[] =
    "INSERT INTO intake (clinic_id, intake_id, clinic_name, patient_id, intake_date, sex, "
    "birth_date, age, complaint, history, medications, extra, import_id, source_line) "
    "SELECT * FROM import_batch AS s WHERE NOT EXISTS (SELECT 1 FROM intake AS i "
    "WHERE i.clinic_id = s.clinic_id AND i.intake_id = s.intake_id AND i.intake_key > ?1 "
    "AND i.source_line = s.source_line) ORDER BY s.rowid "
    "ON CONFLICT (clinic_id, intake_id) DO UPDATE SET "
    "clinic_name = excluded.clinic_name, patient_id = excluded.patient_id, "
    "intake_date = excluded.intake_date, sex = excluded.sex, birth_date = excluded.birth_date, "
    "age = excluded.age, complaint = excluded.complaint, history = excluded.history, "
    "medications = excluded.medications, extra = excluded.extra, "
    "import_id = excluded.import_id, source_line = excluded.source_line, "
    "revision = intake.revision + 1 "
    "WHERE intake.clinic_name IS NOT excluded.clinic_name "
    "OR intake.patient_id IS NOT excluded.patient_id "
    "OR intake.intake_date IS NOT excluded.intake_date "
    "OR intake.sex IS NOT excluded.sex "
    "OR intake.birth_date IS NOT excluded.birth_date "
    "OR intake.age IS NOT excluded.age "
    "OR intake.complaint IS NOT excluded.complaint "
    "OR intake.history IS NOT excluded.history "
    "OR intake.medications IS NOT excluded.medications "
    "OR intake.extra IS NOT excluded.extra";

// Inserted records have keys above the maximum before the merge; changed
// ones are queued by the intake_keep_history trigger (which may already have
// queued a record inserted and changed within one merge).
inline constexpr char kQueueNewIntakes[] =
    "INSERT OR IGNORE INTO classify_queue (intake_key) SELECT intake_key FROM intake WHERE intake_key > ?";

// New rows take rowid max + 1, so the growth of the maximum counts the inserts.
inline constexpr char kMaxIntakeKey[] = "SELECT coalesce(max(intake_key), 0) FROM intake";

// --- import_reject ---------------------------------------------------------------
inline constexpr char kInsertReject[] =
    "INSERT INTO import_reject (import_id, line, field, reason, raw, clinic_id) VALUES (?, ?, ?, ?, ?, ?)";

// intake's CHECK constraints, evaluated per row, cost a fifth of an import's
// instructions: SQLite builds a temporary index for `sex IN (...)` on every
// row it checks. The importer switches them off while it merges records and
// checks each merge's records at once with the query below, which must say
// what schema/001_init.sql's CHECKs on intake say (the importer's tests
// compare the two).
inline constexpr char kIgnoreCheckConstraints[] = "PRAGMA ignore_check_constraints = ON";
inline constexpr char kEnforceCheckConstraints[] = "PRAGMA ignore_check_constraints = OFF";
inline constexpr char kCountBatchFailingIntakeChecks[] =
    "SELECT count(*) FROM import_batch WHERE NOT (sex IS NULL OR sex IN ('F', 'M', 'X', 'U')) "
    "OR NOT (age IS NULL OR age BETWEEN 0 AND 120)";

// --- classification ----------------------------------------------------------------
// A classify run switches foreign-key checks off around its transaction (see
// RunClassify); SQLite ignores these inside a transaction.
inline constexpr char kForeignKeysState[] = "PRAGMA foreign_keys";
inline constexpr char kForeignKeysOff[] = "PRAGMA foreign_keys = OFF";
inline constexpr char kForeignKeysOn[] = "PRAGMA foreign_keys = ON";

// Records whose classification was made with other rules: there are few runs,
// and each run's records are found through classification_by_run.
inline constexpr char kQueueOtherRulesVersions[] =
    "INSERT OR IGNORE INTO classify_queue (intake_key) SELECT intake_key FROM classification "
    "WHERE run_id IN (SELECT run_id FROM classify_run WHERE rules_version <> ?1)";

inline constexpr char kInsertClassifyRun[] =
    "INSERT INTO classify_run (rules_version, calcium_settings, started_at) "
    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";

inline constexpr char kInsertRule[] = "INSERT OR IGNORE INTO rule (description) VALUES (?1)";
inline constexpr char kFindRule[] = "SELECT rule_id FROM rule WHERE description = ?1";

// `classify --all`.
inline constexpr char kQueueAllIntakes[] =
    "INSERT OR IGNORE INTO classify_queue (intake_key) SELECT intake_key FROM intake";

inline constexpr char kCountQueued[] = "SELECT count(*) FROM classify_queue";

// The next chunk of queued records after a key, in key order, with what the classifier reads.
inline constexpr char kReadQueued[] =
    "SELECT q.intake_key, i.revision, i.complaint, i.history, i.medications, i.age, i.sex "
    "FROM classify_queue AS q JOIN intake AS i ON i.intake_key = q.intake_key "
    "WHERE q.intake_key > ?1 ORDER BY q.intake_key LIMIT ?2";

// At the end of a run, which classified every queued record.
inline constexpr char kDequeueAll[] = "DELETE FROM classify_queue";

// One row per record holds its verdict and its tags (schema/004), so one
// upsert writes and replaces both: no stage, no tag rows to delete first.
// Records come in key order: new ones append at the end of the table's
// B-tree, which is cheap; a record classified before is updated in place.
// Head, then one "(?, ...)" of kClassificationColumns parameters per row,
// joined by ',' (ClassificationStore writes several rows per statement),
// then tail. A row's parameters, in order: intake_key, revision, run_id,
// is_cramp, nocturnal, site, causes, red_flags, calcium_risk,
// calcium_reason, tags, evidence.
inline constexpr char kUpsertClassificationHead[] =
    "INSERT INTO classification (intake_key, revision, run_id, is_cramp, nocturnal, site, "
    "causes, red_flags, calcium_risk, calcium_reason, tags, evidence) VALUES ";
inline constexpr int kClassificationColumns = 12;
inline constexpr char kUpsertClassificationTail[] =
    " ON CONFLICT (intake_key) DO UPDATE SET revision = excluded.revision, "
    "run_id = excluded.run_id, is_cramp = excluded.is_cramp, "
    "nocturnal = excluded.nocturnal, site = excluded.site, causes = excluded.causes, "
    "red_flags = excluded.red_flags, calcium_risk = excluded.calcium_risk, "
    "calcium_reason = excluded.calcium_reason, tags = excluded.tags, evidence = excluded.evidence";

// The names a complaint's evidence gives its tags' codes (FormatEvidence).
inline constexpr char kTagLabels[] = "SELECT code, label FROM code_label WHERE kind IN ('cause', 'red_flag')";

// --- read-only guard (query) ------------------------------------------------
// A big sort or DISTINCT spills to temporary files instead of growing the heap
// without bound: SQLite makes them owner-only and deletes them as it opens
// them, so they vanish with the process, whatever ends it.
inline constexpr char kTemporariesOnDisk[] = "PRAGMA temp_store = FILE";

// --- run -----------------------------------------------------------------------
inline constexpr char kStartRun[] =
    "INSERT INTO run_log (started_at) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
// An end the run could only note in its lock file (a full disk), copied in by the next run.
inline constexpr char kRecordNotedRunEnd[] =
    "UPDATE run_log SET finished_at = ?2, exit_code = ?3 WHERE run_id = ?1 AND finished_at IS NULL";
inline constexpr char kFinishRun[] =
    "UPDATE run_log SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), exit_code = ?2, "
    "summary = ?3 WHERE run_id = ?1";
// What the workbooks last written into one --out folder were made from, and
// the size and SHA-256 of the files written (NULL before schema 006).
inline constexpr char kReportStateOfFolder[] =
    "SELECT file, fingerprint, file_size, file_sha256 FROM report_state WHERE out_dir = ?1";
inline constexpr char kSaveReportState[] =
    "INSERT INTO report_state (out_dir, file, fingerprint, written_at, file_size, file_sha256) "
    "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?4, ?5) "
    "ON CONFLICT (out_dir, file) DO UPDATE SET fingerprint = excluded.fingerprint, "
    "written_at = excluded.written_at, file_size = excluded.file_size, "
    "file_sha256 = excluded.file_sha256";

// --- report --------------------------------------------------------------------
// Every clinic with intakes: its id, latest name and latest intake date. The
// recursive step jumps from one clinic_id to the next through the index, so
// the cost follows the number of clinics, not of records.
inline constexpr char kReportClinics[] =
    "WITH RECURSIVE clinic(clinic_id) AS ("
    "  SELECT min(clinic_id) FROM intake"
    "  UNION ALL"
    "  SELECT (SELECT min(i.clinic_id) FROM intake AS i WHERE i.clinic_id > c.clinic_id)"
    "  FROM clinic AS c WHERE c.clinic_id IS NOT NULL) "
    "SELECT c.clinic_id,"
    "  (SELECT i.clinic_name FROM intake AS i WHERE i.clinic_id = c.clinic_id"
    "     AND i.clinic_name IS NOT NULL ORDER BY i.intake_date DESC LIMIT 1),"
    "  (SELECT substr(max(i.intake_date), 1, 10) FROM intake AS i WHERE i.clinic_id = c.clinic_id) "
    "FROM clinic AS c WHERE c.clinic_id IS NOT NULL ORDER BY c.clinic_id";

// The readable name and report position of every code (CodeNames).
inline constexpr char kCodeNames[] = "SELECT kind, code, label, position FROM code_label";

// Every word the workbooks take from the database rather than the records:
// readable names, urgencies and suggested actions (ReportLabelsDigest).
inline constexpr char kReportLabels[] =
    "SELECT 'label', kind, code, label, position FROM code_label "
    "UNION ALL SELECT 'urgency', code, urgency, timing, action || char(31) || source FROM red_flag_urgency "
    "ORDER BY 1, 2, 3";

// The rules and calcium thresholds of the latest classify run, for the
// workbooks' document properties.
inline constexpr char kLatestClassifyRun[] =
    "SELECT rules_version, coalesce(calcium_settings, '') FROM classify_run "
    "ORDER BY run_id DESC LIMIT 1";

// What each clinic's workbook is made from, one row per clinic with intakes:
// its records in the period (their keys, revisions, and the runs and revisions
// classified), and its rejects. Any import, update, re-classification or reject
// changes one of the figures. The period's records are found clinic by clinic
// through the index on (clinic_id, intake_date), then read in key order, all
// clinics in one pass (as reports/overview.sql does): read clinic by clinic,
// a page holding records of many clinics (an export of them all, imported in
// one go) was read once for each of them, 3 s for 50 clinics of 20,000 records.
inline constexpr char kReportInputsByClinic[] =
    "WITH RECURSIVE clinic(clinic_id) AS ("
    "  SELECT min(clinic_id) FROM intake"
    "  UNION ALL"
    "  SELECT (SELECT min(i.clinic_id) FROM intake AS i WHERE i.clinic_id > c.clinic_id)"
    "  FROM clinic AS c WHERE c.clinic_id IS NOT NULL), "
    "inputs AS ("
    "  SELECT i.clinic_id, count(*) AS records, total(i.intake_key) AS keys, total(i.revision) AS revisions,"
    "    total(c.run_id) AS runs, total(c.revision) AS classified"
    "  FROM intake AS i LEFT JOIN classification AS c ON c.intake_key = i.intake_key"
    "  WHERE i.intake_key IN (SELECT p.intake_key FROM clinic AS k"
    "                         JOIN intake AS p ON p.clinic_id = k.clinic_id"
    "                         WHERE p.intake_date >= ?1 AND p.intake_date < date(?2, '+1 day'))"
    "  GROUP BY i.clinic_id) "
    "SELECT k.clinic_id, coalesce(records, 0), coalesce(keys, 0.0), coalesce(revisions, 0.0),"
    "  coalesce(runs, 0.0), coalesce(classified, 0.0),"
    "  (SELECT count(*) || ':' || coalesce(max(r.reject_id), 0) FROM import_reject AS r"
    "   WHERE r.clinic_id = k.clinic_id) "
    "FROM clinic AS k LEFT JOIN inputs USING (clinic_id) "
    "WHERE k.clinic_id IS NOT NULL";

// A clinic's rows of the period, as v_intake has them but without the free
// texts: the report's sheets read this copy instead of the view (see
// ClinicPeriodCopy). The condition is the one every report query uses.
inline constexpr char kCopyClinicPeriod[] =
    "CREATE TEMP TABLE v_intake AS "
    "SELECT clinic_id, clinic_name, intake_id, patient_id, intake_date, sex, age, is_cramp, nocturnal,"
    "  site, causes, red_flags, calcium_risk, rules_version "
    "FROM main.v_intake "
    "WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')";
inline constexpr char kDropClinicPeriodCopy[] = "DROP TABLE IF EXISTS temp.v_intake";

// --- status --------------------------------------------------------------------
// `crampwatch status` reads these in one read transaction, so the figures agree
// with each other while a run writes.

// Per clinic: intakes, not classified yet (no current classification, as
// v_intake's is_cramp IS NULL), cramp complaints, and rejected rows; rejects
// whose clinic could not be read come last with a NULL clinic_id. The intake
// table is read in rowid order (NOT INDEXED) on purpose: driven by
// intake_by_clinic_date (which lacks the revision), each record costs a
// random lookup into intake and one into classification, 2.0 s for 1M
// records; in rowid order both tables are walked forwards: 0.3 s, sorter included.
inline constexpr char kStatusClinicCounts[] =
    "SELECT clinic_id, sum(intakes), sum(not_classified), sum(cramp), sum(rejected) FROM ("
    "  SELECT i.clinic_id, count(*) AS intakes, count(*) - count(c.intake_key) AS not_classified,"
    "    coalesce(sum(c.is_cramp), 0) AS cramp, 0 AS rejected"
    "  FROM intake AS i NOT INDEXED"
    "  LEFT JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision"
    "  GROUP BY i.clinic_id"
    "  UNION ALL"
    "  SELECT clinic_id, 0, 0, 0, count(*) FROM import_reject GROUP BY clinic_id) "
    "GROUP BY clinic_id ORDER BY clinic_id IS NULL, clinic_id";

inline constexpr char kStatusLatestClassifyRun[] =
    "SELECT rules_version, started_at FROM classify_run ORDER BY run_id DESC LIMIT 1";

inline constexpr char kStatusImportCount[] = "SELECT count(*) FROM import_file";

inline constexpr char kStatusLastImport[] =
    "SELECT file, imported_at, rows_read, inserted, updated, unchanged, rejected "
    "FROM import_file ORDER BY import_id DESC LIMIT 1";

// finished_at and exit_code stay NULL when the run was killed (or is still going).
inline constexpr char kStatusLastRun[] =
    "SELECT run_id, started_at, finished_at, exit_code FROM run_log ORDER BY run_id DESC LIMIT 1";
inline constexpr char kStatusRunEnd[] = "SELECT finished_at, exit_code FROM run_log WHERE run_id = ?1";

}  // namespace crampwatch::db::sql
