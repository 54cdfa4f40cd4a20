// EmbeddedFile: a text file of the repository compiled into the binary.
#pragma once

#include <span>
#include <string_view>

namespace crampwatch::embedded {

/// A file embedded at build time (see cmake/embed_files.cmake).
struct EmbeddedFile {
  std::string_view name;     // base name, e.g. "001_init.sql"
  std::string_view content;  // the file's text, byte for byte
};

/// schema/*.sql, in migration order.
std::span<const EmbeddedFile> SchemaFiles();

/// rules/default.rules.
std::span<const EmbeddedFile> RulesFiles();

/// reports/*.sql of a clinic's workbook, in sheet order.
std::span<const EmbeddedFile> ClinicReportFiles();

/// reports/overview.sql.
std::span<const EmbeddedFile> OverviewReportFiles();

}  // namespace crampwatch::embedded
