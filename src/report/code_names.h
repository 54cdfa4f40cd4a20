// CodeNames: the readable names of the classifier's codes (code_label), for cells that list codes.
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace crampwatch::report {

/// Turns a cell's codes ("cold_exposure,medication") into the names a
/// clinician reads ("Cold exposure, Medication"), for the columns a report
/// marks `names KIND` (report_definition.h). A lookup in memory per code: in
/// SQL, joining every complaint to its names cost a sixth of the complaints
/// query.
class CodeNames {
 public:
  /// Adds the name and report position of `code` of `kind` (as code_label has them).
  void Add(const std::string& kind, const std::string& code, std::string label, int position);

  /// `codes` of `kind`, joined by ',', as their names in report order joined
  /// by ", ". A code without a name is shown as it is, so nothing is lost;
  /// an empty list stays empty.
  std::string Names(std::string_view kind, std::string_view codes) const;

 private:
  struct Name {
    int position = 0;
    std::string label;
  };
  // By kind, then code; std::less<> finds string_views without a copy.
  std::map<std::string, std::map<std::string, Name, std::less<>>, std::less<>> names_;
};

/// Every name of code_label.
CodeNames LoadCodeNames(SQLite::Database& database);

}  // namespace crampwatch::report
