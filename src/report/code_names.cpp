#include "report/code_names.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "db/sql.h"

namespace crampwatch::report {

void CodeNames::Add(const std::string& kind, const std::string& code, std::string label, int position) {
  names_[kind][code] = Name{.position = position, .label = std::move(label)};
}

std::string CodeNames::Names(std::string_view kind, std::string_view codes) const {
  const auto of_kind = names_.find(kind);
  // (position, text) of each code; a code without a name sorts last, as it is.
  std::vector<std::pair<int, std::string_view>> found;
  while (!codes.empty()) {
    const std::size_t comma = codes.find(',');
    const std::string_view code = codes.substr(0, comma);
    codes.remove_prefix(comma == std::string_view::npos ? codes.size() : comma + 1);
    if (code.empty()) continue;
    const Name* name = nullptr;
    if (of_kind != names_.end()) {
      const auto entry = of_kind->second.find(code);
      if (entry != of_kind->second.end()) name = &entry->second;
    }
    found.emplace_back(name != nullptr ? name->position : 1 << 30,
                       name != nullptr ? std::string_view(name->label) : code);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string text;
  for (const auto& [position, name] : found) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

CodeNames LoadCodeNames(SQLite::Database& database) {
  CodeNames names;
  SQLite::Statement query(database, db::sql::kCodeNames);
  while (query.executeStep()) {
    names.Add(query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
              query.getColumn(3).getInt());
  }
  return names;
}

}  // namespace crampwatch::report
