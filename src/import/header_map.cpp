#include "import/header_map.h"

#include <map>
#include <string_view>

#include "util/error.h"
#include "util/utf8.h"
#include "util/text.h"

namespace crampwatch::importer {
namespace {

std::string JoinQuoted(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) {
    if (!joined.empty()) joined += ", ";
    joined += "'" + name + "'";
  }
  return joined;
}

}  // namespace

ColumnMapping ParseColumnMapping(const std::string& text) {
  std::size_t equals = text.rfind('=');
  if (equals == std::string::npos) {
    throw Error(ErrorKind::kUsage, "--map '" + text + "': expected \"Export header=column\"");
  }
  std::string header(Trim(std::string_view(text).substr(0, equals)));
  std::string target(Trim(std::string_view(text).substr(equals + 1)));
  if (header.empty() || target.empty()) {
    throw Error(ErrorKind::kUsage, "--map '" + text + "': both sides of '=' are needed");
  }
  std::optional<Column> column = FindColumn(target);
  if (!column) {
    std::string known;
    for (const ColumnInfo& info : AllColumns()) known += (known.empty() ? "" : ", ") + std::string(info.name);
    throw Error(ErrorKind::kUsage,
                "--map '" + text + "': '" + target + "' is not a column (known: " + known + ")");
  }
  return {header, *column};
}

HeaderMap HeaderMap::Read(const std::vector<std::string>& header,
                          const std::vector<ColumnMapping>& mappings,
                          const std::string& file_name) {
  HeaderMap map;
  map.field_count_ = header.size();
  std::map<std::string, std::size_t> seen;  // normalised name -> first index
  std::vector<std::string> found;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const std::string& raw_name = header[index];
    if (FindInvalidUtf8(raw_name) || raw_name.find('\0') != std::string::npos) {
      throw Error(ErrorKind::kBadInput,
                  file_name + ":1: header field " + std::to_string(index + 1) +
                      " is not valid UTF-8 text (wrong --encoding?)");
    }
    std::string name(Trim(raw_name));
    if (name.empty()) name = "column_" + std::to_string(index + 1);
    found.push_back(name);

    std::optional<Column> column;
    for (const ColumnMapping& mapping : mappings) {
      if (NormaliseColumnName(mapping.header) == NormaliseColumnName(name)) column = mapping.column;
    }
    if (!column) column = FindColumn(name);
    std::string key = column ? std::string(DescribeColumn(*column).name) : NormaliseColumnName(name);
    auto [previous, inserted] = seen.emplace(key, index);
    if (!inserted) {
      throw Error(ErrorKind::kBadInput,
                  file_name + ":1: header names column '" + key + "' twice (fields " +
                      std::to_string(previous->second + 1) + " and " + std::to_string(index + 1) +
                      ")");
    }
    if (column) {
      map.indexes_[static_cast<std::size_t>(*column)] = index;
    } else {
      map.extra_columns_.emplace_back(index, name);
    }
  }

  std::vector<std::string> missing;
  for (const ColumnInfo& info : AllColumns()) {
    if (info.required && !map.IndexOf(info.column)) missing.emplace_back(info.name);
  }
  if (!missing.empty()) {
    // A first line naming no known column is most likely a data row: its
    // fields are patient text and must not reach the log.
    if (map.extra_columns_.size() == header.size()) {
      throw Error(ErrorKind::kBadInput,
                  file_name + ":1: no header row: the first line names none of the columns "
                              "crampwatch knows (use --map \"Export header=column\" for other names)");
    }
    throw Error(ErrorKind::kBadInput,
                file_name + ":1: missing required column" + (missing.size() > 1 ? "s " : " ") +
                    JoinQuoted(missing) + "; found " + JoinQuoted(found) +
                    " (use --map \"Export header=column\" for other names)");
  }
  return map;
}

}  // namespace crampwatch::importer
