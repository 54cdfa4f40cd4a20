// Tests of FormatEvidence: a complaint's tags as the Complaints sheet shows them.
#include "classify/complaint_evidence.h"

#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crampwatch::classify {
namespace {

Tag MakeTag(TagKind kind, std::string code, TextField field, std::size_t begin, std::size_t end,
            Certainty certainty = Certainty::kDefinite) {
  return Tag{.kind = kind, .code = std::move(code), .certainty = certainty, .field = field,
             .begin = begin, .end = end, .evidence = {}, .rule = "r"};
}

IntakeText Text(std::string_view complaint, std::string_view history, std::string_view medications) {
  return IntakeText{.complaint = complaint, .history = history, .medications = medications, .age = std::nullopt,
                    .sex = 0};
}

const TagLabels kLabels = {{"medication", "Medication"}, {"dvt_signs", "DVT signs"}};

std::string Evidence(const std::vector<Tag>& tags, const IntakeText& text) {
  std::string evidence = "left over from the record before";
  FormatEvidence(tags, text, kLabels, evidence);
  return evidence;
}

BOOST_AUTO_TEST_SUITE(complaint_evidence)

BOOST_AUTO_TEST_CASE(one_line_per_tag_with_its_name_words_and_field) {
  const IntakeText text = Text("calf swollen and cramping", "", "lasix 40mg");
  BOOST_TEST(Evidence({MakeTag(TagKind::kCause, "medication", TextField::kMedications, 0, 5),
                       MakeTag(TagKind::kRedFlag, "dvt_signs", TextField::kComplaint, 5, 12, Certainty::kPossible)},
                      text) ==
             "Medication: \"lasix\" (medications)\n"
             "DVT signs (possible): \"swollen\" (complaint)");
}

BOOST_AUTO_TEST_CASE(a_code_without_a_name_shows_the_code) {
  const IntakeText text = Text("", "ran a marathon", "");
  BOOST_TEST(Evidence({MakeTag(TagKind::kCause, "exertion", TextField::kHistory, 6, 14)}, text) ==
             "exertion: \"marathon\" (history)");
}

BOOST_AUTO_TEST_CASE(no_tags_give_no_evidence) {
  BOOST_TEST(Evidence({}, IntakeText{}).empty());
}

BOOST_AUTO_TEST_CASE(offsets_are_bytes_and_those_past_the_field_give_what_is_there) {
  // "pied gonflé": é is two bytes; the words end at byte 12.
  const IntakeText text = Text("pied gonflé", "", "");
  BOOST_TEST(Evidence({MakeTag(TagKind::kRedFlag, "dvt_signs", TextField::kComplaint, 5, 12)}, text) ==
             "DVT signs: \"gonflé\" (complaint)");
  BOOST_TEST(Evidence({MakeTag(TagKind::kRedFlag, "dvt_signs", TextField::kComplaint, 5, 40)}, text) ==
             "DVT signs: \"gonflé\" (complaint)");
  BOOST_TEST(Evidence({MakeTag(TagKind::kRedFlag, "dvt_signs", TextField::kComplaint, 30, 40)}, text) ==
             "DVT signs: \"\" (complaint)");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::classify
