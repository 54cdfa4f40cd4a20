#include "cli/status_format.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <cstdio>

#include "cli/exit_code.h"
#include "util/json.h"
#include "util/terminal_text.h"

namespace crampwatch::cli {
namespace {

std::string Megabytes(std::uintmax_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

std::string PadRight(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string PadLeft(const std::string& text, std::size_t width) {
  return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

// "label   value" lines, the values aligned. Values hold file names and
// text from the database: their control characters are shown, not obeyed.
void AppendLine(std::string& out, const char* label, const std::string& value) {
  out += PadRight(label, 16) + TerminalSafe(value) + "\n";
}

std::string ImportText(const StatusFigures& figures) {
  if (!figures.last_import) return "none yet";
  const ImportFigures& last = *figures.last_import;
  return last.file + " at " + last.imported_at + ": " + std::to_string(last.rows_read) + " read, " +
         std::to_string(last.inserted) + " inserted, " + std::to_string(last.updated) + " updated, " +
         std::to_string(last.unchanged) + " unchanged, " + std::to_string(last.rejected) +
         " rejected (" + std::to_string(figures.import_count) + " file" +
         (figures.import_count == 1 ? "" : "s") + " imported in all)";
}

std::string RunText(const std::optional<RunFigures>& run) {
  if (!run) return "no run yet";
  std::string text = "#" + std::to_string(run->run_id) + " started " + run->started_at;
  if (run->finished_at) text += ", finished " + *run->finished_at;
  return text + ": " + RunOutcomeText(*run);
}

// The clinics' table: one row per clinic, then the totals.
void AppendClinicTable(std::string& out, const StatusFigures& figures) {
  static constexpr std::array<const char*, 5> kHeader = {"clinic", "intakes", "not classified",
                                                        "cramp complaints", "rejected"};
  std::vector<std::array<std::string, 5>> rows;
  auto add_row = [&rows](std::string name, const ClinicFigures& clinic) {
    rows.push_back({std::move(name), std::to_string(clinic.intakes),
                    std::to_string(clinic.not_classified), std::to_string(clinic.cramp_complaints),
                    std::to_string(clinic.rejected)});
  };
  for (const ClinicFigures& clinic : figures.clinics) {
    add_row(clinic.clinic_id ? TerminalSafe(*clinic.clinic_id) : "(clinic unreadable)", clinic);
  }
  add_row("total", figures.totals);

  std::array<std::size_t, 5> widths{};
  for (std::size_t i = 0; i < widths.size(); ++i) {
    widths[i] = std::string_view(kHeader[i]).size();
    for (const auto& row : rows) widths[i] = std::max(widths[i], row[i].size());
  }
  auto append_row = [&out, &widths](const auto& cells) {
    std::string line = PadRight(cells[0], widths[0]);
    for (std::size_t i = 1; i < cells.size(); ++i) line += "  " + PadLeft(cells[i], widths[i]);
    out += line + "\n";
  };
  append_row(std::array<std::string, 5>{kHeader[0], kHeader[1], kHeader[2], kHeader[3], kHeader[4]});
  for (const auto& row : rows) append_row(row);
}

// Writes "key": value pairs, commas included.
class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  void Raw(std::string_view key, std::string_view json) {
    if (!first_) out_ += ',';
    first_ = false;
    AppendJsonString(out_, key);
    out_ += ':';
    out_ += json;
  }
  void Number(std::string_view key, long long value) { Raw(key, std::to_string(value)); }
  void Text(std::string_view key, std::string_view value) { Raw(key, Quoted(value)); }
  void NullableText(std::string_view key, const std::optional<std::string>& value) {
    Raw(key, value ? Quoted(*value) : "null");
  }
  void Close() { out_ += '}'; }

  static std::string Quoted(std::string_view value) {
    std::string quoted;
    AppendJsonString(quoted, value);
    return quoted;
  }

 private:
  std::string& out_;
  bool first_ = true;
};

std::string ClinicJson(const ClinicFigures& clinic, bool with_id) {
  std::string out;
  JsonObject object(out);
  if (with_id) object.NullableText("clinic_id", clinic.clinic_id);
  object.Number("intakes", clinic.intakes);
  object.Number("not_classified", clinic.not_classified);
  object.Number("cramp_complaints", clinic.cramp_complaints);
  object.Number("rejected", clinic.rejected);
  object.Close();
  return out;
}

std::string ClassifyJson(const std::optional<ClassifyRunFigures>& run) {
  if (!run) return "null";
  std::string out;
  JsonObject object(out);
  object.Text("rules_version", run->rules_version);
  object.Text("started_at", run->started_at);
  object.Close();
  return out;
}

std::string ImportJson(const std::optional<ImportFigures>& last) {
  if (!last) return "null";
  std::string out;
  JsonObject object(out);
  object.Text("file", last->file);
  object.Text("imported_at", last->imported_at);
  object.Number("rows_read", last->rows_read);
  object.Number("inserted", last->inserted);
  object.Number("updated", last->updated);
  object.Number("unchanged", last->unchanged);
  object.Number("rejected", last->rejected);
  object.Close();
  return out;
}

std::string RunJson(const std::optional<RunFigures>& run) {
  if (!run) return "null";
  std::string out;
  JsonObject object(out);
  object.Number("run_id", run->run_id);
  object.Text("started_at", run->started_at);
  object.NullableText("finished_at", run->finished_at);
  object.Raw("finished", run->finished_at ? "true" : "false");
  object.Raw("exit_code", run->exit_code ? std::to_string(*run->exit_code) : "null");
  object.Text("outcome", RunOutcomeText(*run));
  object.Close();
  return out;
}

}  // namespace

std::string RunOutcomeText(const RunFigures& run) {
  if (!run.finished_at) return run.in_progress ? "running" : "did not finish (killed?)";
  if (!run.exit_code) return "finished without an exit code";
  for (const OutcomeInfo& info : AllOutcomes()) {
    if (info.exit_code == *run.exit_code) {
      return "exit " + std::to_string(info.exit_code) + ", " + std::string(info.meaning);
    }
  }
  return "exit " + std::to_string(*run.exit_code);
}

std::string RejectHint(const std::string& db_path) {
  // Pasted as printed: a path of plain characters as it is, any other in
  // single quotes, a quote inside them written '\'' (the one character
  // single quotes cannot hold).
  constexpr std::string_view kPlain =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-+,:@%=";
  std::string path = db_path;
  if (path.empty() || path.find_first_not_of(kPlain) != std::string::npos) {
    path = "'";
    for (char c : db_path) path += c == '\'' ? std::string("'\\''") : std::string(1, c);
    path += '\'';
  }
  return "crampwatch --db " + path + " query \"SELECT * FROM v_reject\"";
}

std::string FormatStatusText(const StatusFigures& figures) {
  std::string out;
  AppendLine(out, "database", figures.db_path + " (" + Megabytes(figures.db_bytes) + ", WAL " +
                                  Megabytes(figures.wal_bytes) + ")");
  AppendLine(out, "schema version", std::to_string(figures.schema_version));
  AppendLine(out, "rules version",
             figures.latest_classify ? figures.latest_classify->rules_version + " (classified " +
                                           figures.latest_classify->started_at + ")"
                                     : "none: nothing classified yet");
  AppendLine(out, "last import", ImportText(figures));
  AppendLine(out, "last run", RunText(figures.last_run));
  const long long rejects = figures.totals.rejected;
  AppendLine(out, "rejects", rejects == 0 ? "none"
                                          : std::to_string(rejects) + " awaiting attention: " + RejectHint(figures.db_path));
  out += "\n";
  AppendClinicTable(out, figures);
  return out;
}

std::string FormatStatusJson(const StatusFigures& figures) {
  std::string out;
  JsonObject object(out);
  object.Text("database", figures.db_path);
  object.Number("database_bytes", static_cast<long long>(figures.db_bytes));
  object.Number("wal_bytes", static_cast<long long>(figures.wal_bytes));
  object.Number("schema_version", figures.schema_version);
  object.Raw("latest_classify", ClassifyJson(figures.latest_classify));
  std::string clinics = "[";
  for (const ClinicFigures& clinic : figures.clinics) {
    clinics += (clinics.size() > 1 ? "," : "") + ClinicJson(clinic, true);
  }
  object.Raw("clinics", clinics + "]");
  object.Raw("totals", ClinicJson(figures.totals, false));
  object.Number("import_count", figures.import_count);
  object.Raw("last_import", ImportJson(figures.last_import));
  object.Raw("last_run", RunJson(figures.last_run));
  object.Number("rejects_awaiting_attention", figures.totals.rejected);
  object.Close();
  return out + "\n";
}

}  // namespace crampwatch::cli
