// Classification: what the classifier found in one intake record.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crampwatch::classify {

/// The text fields of an intake record that count as evidence.
enum class TextField { kComplaint, kHistory, kMedications };

enum class TagKind { kCause, kRedFlag };

enum class Certainty { kDefinite, kPossible };

enum class CalciumRisk { kNone, kAdolescent, kWoman45Plus };

/// Stored codes ("complaint", "cause", "definite", "woman_45_plus"...): they
/// appear in v_tag and v_intake and never change meaning.
std::string_view StoredCode(TextField field);
std::string_view StoredCode(TagKind kind);
std::string_view StoredCode(Certainty certainty);
/// Empty for kNone (stored as NULL).
std::string_view StoredCode(CalciumRisk risk);

/// One cause or red flag, with the evidence that made it.
struct Tag {
  TagKind kind = TagKind::kCause;
  std::string code;                 // e.g. "medication", "dvt_signs"
  Certainty certainty = Certainty::kDefinite;
  TextField field = TextField::kComplaint;
  std::size_t begin = 0;            // byte offsets of the evidence in the field
  std::size_t end = 0;
  std::string evidence;             // the field's text in [begin, end)
  std::string rule;                 // which rule fired and which modifier decided, readable
};

/// The classifier's verdict on one record.
struct Classification {
  bool is_cramp = false;
  bool nocturnal = false;
  std::vector<std::string> sites;   // sorted, unique: calf, foot, thigh, toes
  std::vector<Tag> tags;            // ordered by kind, code, field, begin; empty unless is_cramp
  CalciumRisk calcium_risk = CalciumRisk::kNone;
  std::string calcium_reason;       // e.g. "age 14: adolescent (10-19)"; empty for kNone

  /// Codes of one kind, alphabetical, unique, joined by ',' (v_intake's format).
  std::string JoinedCodes(TagKind kind) const;
  /// sites joined by ','.
  std::string JoinedSites() const;
};

/// What the classifier reads of a record.
struct IntakeText {
  std::string_view complaint;
  std::string_view history;
  std::string_view medications;
  std::optional<int> age;
  char sex = 0;  // 'F', 'M', 'X', 'U', or 0 when unknown
};

}  // namespace crampwatch::classify
