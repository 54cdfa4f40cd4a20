// fuzz_classifier: the default rules classifying arbitrary intake text.
//
// Input: byte 0 picks the sex (F, M, X, U or unknown), byte 1 the age (0-120,
// or none); the rest is complaint, history and medications separated by NUL
// bytes (which an imported record never holds). Checks: tags only for a
// cramp complaint, and every tag's evidence comes from its field's text at its
// offsets (the span itself, or a combination's pieces within it).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "classify/classification.h"
#include "classify/classifier.h"
#include "classify/rule_set.h"

namespace {

using crampwatch::classify::TextField;

constexpr char kSexes[] = {'F', 'M', 'X', 'U', 0};

std::string_view NextField(std::string_view& rest) {
  const std::size_t end = rest.find('\0');
  const std::string_view field = rest.substr(0, end);
  rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
  return field;
}

// A phrase's evidence is its span as written; a combination's is its pieces, in
// order, from its span, joined by " … " where words lie between them.
bool EvidenceIsFromSpan(std::string_view evidence, std::string_view span) {
  constexpr std::string_view kGap = " \u2026 ";
  std::size_t from = 0;
  while (true) {
    const std::size_t gap = evidence.find(kGap);
    const std::string_view piece = evidence.substr(0, gap);
    const std::size_t at = span.find(piece, from);
    if (piece.empty() || at == std::string_view::npos) return false;
    from = at + piece.size();
    if (gap == std::string_view::npos) return true;
    evidence.remove_prefix(gap + kGap.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Parsed once: the rules are immutable and the classifier pure.
  static const std::unique_ptr<crampwatch::classify::RuleSet> rules =
      crampwatch::classify::RuleSet::Default();
  static const crampwatch::classify::Classifier classifier(*rules);
  if (size < 2) return 0;

  crampwatch::classify::IntakeText intake;
  intake.sex = kSexes[data[0] % 5];
  if (data[1] <= 120) intake.age = data[1];
  std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  intake.complaint = NextField(rest);
  intake.history = NextField(rest);
  intake.medications = NextField(rest);

  const crampwatch::classify::Classification result = classifier.Classify(intake);
  if (!result.is_cramp && !result.tags.empty()) __builtin_trap();
  for (const crampwatch::classify::Tag& tag : result.tags) {
    const std::string_view field = tag.field == TextField::kComplaint ? intake.complaint
                                   : tag.field == TextField::kHistory ? intake.history
                                                                      : intake.medications;
    if (tag.begin > tag.end || tag.end > field.size() || tag.code.empty()) __builtin_trap();
    if (!EvidenceIsFromSpan(tag.evidence, field.substr(tag.begin, tag.end - tag.begin))) __builtin_trap();
  }
  result.JoinedCodes(crampwatch::classify::TagKind::kCause);
  result.JoinedSites();
  return 0;
}
