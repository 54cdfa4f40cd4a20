// Workbook fingerprints: whether a workbook would come out the same as last time.
#pragma once

#include <SQLiteCpp/Database.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_workbook.h"

namespace crampwatch::report {

/// A digest of the tables every workbook reads its words from: code_label
/// (readable names) and red_flag_urgency (urgencies, suggested actions).
/// Computed once per run and given to each fingerprint.
std::string ReportLabelsDigest(SQLite::Database& database);

/// What each clinic's workbook is made from in [from, to], by clinic_id, for
/// every clinic with intakes: its records in the period (keys, revisions,
/// classifications) and its rejects, as text for ClinicFingerprint. One pass
/// over the period's records of all clinics.
std::map<std::string, std::string> ClinicReportInputs(SQLite::Database& database, const std::string& from,
                                                      const std::string& to);

/// A digest of what a clinic's workbook is made from: the report definitions
/// (reports/*.sql, as built in), the heading and parameters (clinic name,
/// period, the date the data runs through, the date days since intake count
/// to), the words (`labels`), and the clinic's `inputs` (ClinicReportInputs for
/// the job's period). Equal fingerprints: the workbook would have the same cells.
std::string ClinicFingerprint(const WorkbookJob& job, std::string_view labels, std::string_view inputs);

/// The overview's: its definition, heading and parameters, and every clinic's fingerprint.
std::string OverviewFingerprint(const WorkbookJob& job, std::string_view labels,
                                const std::vector<std::string>& clinic_fingerprints);

}  // namespace crampwatch::report
