#include "classify/classification.h"

#include <algorithm>

namespace crampwatch::classify {

std::string_view StoredCode(TextField field) {
  switch (field) {
    case TextField::kComplaint: return "complaint";
    case TextField::kHistory: return "history";
    case TextField::kMedications: return "medications";
  }
  return "";
}

std::string_view StoredCode(TagKind kind) {
  switch (kind) {
    case TagKind::kCause: return "cause";
    case TagKind::kRedFlag: return "red_flag";
  }
  return "";
}

std::string_view StoredCode(Certainty certainty) {
  switch (certainty) {
    case Certainty::kDefinite: return "definite";
    case Certainty::kPossible: return "possible";
  }
  return "";
}

std::string_view StoredCode(CalciumRisk risk) {
  switch (risk) {
    case CalciumRisk::kNone: return "";
    case CalciumRisk::kAdolescent: return "adolescent";
    case CalciumRisk::kWoman45Plus: return "woman_45_plus";
  }
  return "";
}

std::string Classification::JoinedCodes(TagKind kind) const {
  std::vector<std::string_view> codes;
  for (const Tag& tag : tags) {
    if (tag.kind == kind) codes.push_back(tag.code);
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  std::string joined;
  for (std::string_view code : codes) {
    if (!joined.empty()) joined += ',';
    joined += code;
  }
  return joined;
}

std::string Classification::JoinedSites() const {
  std::string joined;
  for (const std::string& site : sites) {
    if (!joined.empty()) joined += ',';
    joined += site;
  }
  return joined;
}

}  // namespace crampwatch::classify
