#include "cli/run_summary.h"

#include <cstdio>

#include "util/json.h"

namespace crampwatch::cli {
namespace {

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", seconds);
  return text;
}

void AppendField(std::string& out, const char* name, const std::string& json_value) {
  if (out.back() != '{') out += ", ";
  AppendJsonString(out, name);
  out += ": " + json_value;
}

void AppendField(std::string& out, const char* name, std::int64_t value) {
  AppendField(out, name, std::to_string(value));
}

std::string JsonString(const std::string& text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

}  // namespace

std::string RunSummary::ToJson() const {
  std::string json = "{";
  AppendField(json, "started_at", JsonString(started_at));
  AppendField(json, "seconds", Seconds(seconds));
  AppendField(json, "exit_code", exit_code);

  std::string stage = "{";
  AppendField(stage, "files", files);
  AppendField(stage, "imported", import.imported);
  AppendField(stage, "skipped", import.skipped);
  AppendField(stage, "failed", import.failed);
  AppendField(stage, "rows_read", import.total.rows_read);
  AppendField(stage, "inserted", import.total.inserted);
  AppendField(stage, "updated", import.total.updated);
  AppendField(stage, "unchanged", import.total.unchanged);
  AppendField(stage, "rejected", import.total.rejected);
  AppendField(stage, "seconds", Seconds(import.seconds));
  AppendField(json, "import", stage + "}");

  if (classify) {
    stage = "{";
    AppendField(stage, "classified", classify->classified);
    AppendField(stage, "cramp_complaints", classify->cramp_complaints);
    AppendField(stage, "tags", classify->tags);
    AppendField(stage, "rules_version", JsonString(rules_version));
    AppendField(stage, "seconds", Seconds(classify->seconds));
    AppendField(json, "classify", stage + "}");
  } else {
    AppendField(json, "classify", "null");
  }

  if (report) {
    stage = "{";
    AppendField(stage, "out", JsonString(out_dir));
    AppendField(stage, "from", JsonString(report->period.from));
    AppendField(stage, "to", JsonString(report->period.to));
    AppendField(stage, "data_through",
                report->period.data_through ? JsonString(*report->period.data_through) : "null");
    AppendField(stage, "written", static_cast<std::int64_t>(report->files.size()));
    AppendField(stage, "unchanged", static_cast<std::int64_t>(report->unchanged.size()));
    AppendField(stage, "failed", static_cast<std::int64_t>(report->failures.size()));
    AppendField(stage, "rows", report->rows);
    AppendField(stage, "seconds", Seconds(report->seconds));
    AppendField(json, "report", stage + "}");
  } else {
    AppendField(json, "report", "null");
  }
  return json + "}";
}

}  // namespace crampwatch::cli
