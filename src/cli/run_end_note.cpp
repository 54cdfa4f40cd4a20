#include "cli/run_end_note.h"

#include <charconv>

namespace crampwatch::cli {
namespace {

// Reads the number at the front of `text` and what follows it.
template <typename Number>
bool TakeNumber(std::string_view& text, Number& number) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end == text.data()) return false;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return true;
}

bool TakeWord(std::string_view& text, std::string_view word) {
  if (!text.starts_with(word)) return false;
  text.remove_prefix(word.size());
  return true;
}

}  // namespace

std::string FormatRunEndNote(const RunEndNote& note) {
  return "run " + std::to_string(note.run_id) + " ended " + note.finished_at + " exit " +
         std::to_string(note.exit_code);
}

std::optional<RunEndNote> ParseRunEndNote(std::string_view text) {
  RunEndNote note;
  if (!TakeWord(text, "run ") || !TakeNumber(text, note.run_id) || !TakeWord(text, " ended ")) return std::nullopt;
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space == 0) return std::nullopt;
  note.finished_at = std::string(text.substr(0, space));
  text.remove_prefix(space);
  if (!TakeWord(text, " exit ") || !TakeNumber(text, note.exit_code) || !text.empty()) return std::nullopt;
  return note;
}

}  // namespace crampwatch::cli
