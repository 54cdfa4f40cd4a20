// ImportIssue: why one record was rejected.
#pragma once

#include <string>

namespace crampwatch::importer {

/// A rejected record's reason. `field` names the column at fault (empty for
/// the record as a whole); `message` explains without quoting the value, so
/// it can be logged without patient data.
struct ImportIssue {
  std::string field;
  std::string message;

  /// "field: message", or just the message when no field is at fault.
  std::string Reason() const { return field.empty() ? message : field + ": " + message; }
};

}  // namespace crampwatch::importer
