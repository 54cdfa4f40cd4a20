// Tests of WorkbookFileNames: safe, distinct, stable workbook names.
#include "report/report_file_name.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace crampwatch::report {
namespace {

std::string NameOf(const std::string& id) { return WorkbookFileNames({id}).at(id); }

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// Every rule a name must meet on its own; an empty result means it is safe.
std::string Problem(const std::string& name) {
  if (name.size() > 255) return "longer than 255 bytes";
  if (name.size() <= 5 || name.substr(name.size() - 5) != ".xlsx") return "no .xlsx";
  if (FindInvalidUtf8(name)) return "invalid UTF-8";
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) return "control character";
    if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos) return "forbidden char";
  }
  if (name.front() == '.' || name.front() == '-') return "leading dot or dash";
  if (Lower(name) == "overview.xlsx") return "is overview.xlsx";
  static const std::regex kReserved(R"((con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$) *)");
  if (std::regex_match(Lower(name.substr(0, name.find('.'))), kReserved)) return "reserved";
  return "";
}

void CheckSafe(const std::string& name) { BOOST_TEST(Problem(name) == "", name); }

// Checks each name is safe and no two are equal ignoring ASCII case.
void CheckAllSafeAndDistinct(const std::map<std::string, std::string>& names) {
  std::set<std::string> seen;
  for (const auto& [id, name] : names) {
    CheckSafe(name);
    BOOST_TEST(seen.insert(Lower(name)).second, "clash: " << name);
  }
}

bool MatchesHashed(const std::string& name, const std::string& stem) {
  return std::regex_match(name, std::regex(stem + R"(-[0-9a-f]{8}\.xlsx)"));
}

BOOST_AUTO_TEST_SUITE(report_file_name)

BOOST_AUTO_TEST_CASE(ordinary_ids_are_kept) {
  const auto names = WorkbookFileNames({"CLN-014", "C1", "clinic_7", "Zentrum.Nord", "icon", "LPT10"});
  BOOST_TEST(names.at("CLN-014") == "CLN-014.xlsx");
  BOOST_TEST(names.at("C1") == "C1.xlsx");
  BOOST_TEST(names.at("clinic_7") == "clinic_7.xlsx");
  BOOST_TEST(names.at("Zentrum.Nord") == "Zentrum.Nord.xlsx");
  BOOST_TEST(names.at("icon") == "icon.xlsx");
  BOOST_TEST(names.at("LPT10") == "LPT10.xlsx");
}

BOOST_AUTO_TEST_CASE(path_cannot_leave_the_folder) {
  const std::string name = NameOf("../../etc/passwd");
  CheckSafe(name);
  BOOST_TEST(MatchesHashed(name, R"(_\._\.\._etc_passwd)"), name);
}

BOOST_AUTO_TEST_CASE(windows_forbidden_characters_are_replaced) {
  BOOST_TEST(MatchesHashed(NameOf("a\\b"), "a_b"));
  BOOST_TEST(MatchesHashed(NameOf("C:"), "C_"));
  BOOST_TEST(MatchesHashed(NameOf("a*b?c\"d<e>f|g"), "a_b_c_d_e_f_g"));
}

BOOST_AUTO_TEST_CASE(reserved_windows_names_get_a_prefix) {
  for (const std::string id : {"con", "CON", "CON.txt", "LPT9", "nul", "Com1", "aux.tar.gz",
                               "CON .x", "conin$", "COM\xC2\xB9"}) {
    const std::string name = NameOf(id);
    CheckSafe(name);
    BOOST_TEST(name.front() == '_', name);
  }
  BOOST_TEST(MatchesHashed(NameOf("CON.txt"), R"(_CON\.txt)"));
}

BOOST_AUTO_TEST_CASE(hidden_and_option_like_ids_are_changed) {
  BOOST_TEST(MatchesHashed(NameOf(".hidden"), "_hidden"));
  BOOST_TEST(MatchesHashed(NameOf("-rf"), "_rf"));
  BOOST_TEST(MatchesHashed(NameOf(".."), "__"));
}

BOOST_AUTO_TEST_CASE(trailing_dots_and_spaces_are_replaced) {
  const auto names = WorkbookFileNames({"name.", "name ", "name"});
  BOOST_TEST(MatchesHashed(names.at("name."), "name_"));
  BOOST_TEST(MatchesHashed(names.at("name "), "name_"));
  BOOST_TEST(names.at("name") == "name.xlsx");
  CheckAllSafeAndDistinct(names);
}

BOOST_AUTO_TEST_CASE(control_and_reordering_characters_are_replaced) {
  BOOST_TEST(MatchesHashed(NameOf("a\tb"), "a_b"));
  BOOST_TEST(MatchesHashed(NameOf("a\nb\r"), "a_b_"));
  BOOST_TEST(MatchesHashed(NameOf(std::string("\x01\x1f", 2)), "__"));
  BOOST_TEST(MatchesHashed(NameOf("a\x7f"), "a_"));
  BOOST_TEST(MatchesHashed(NameOf("a\xC2\x85" "b"), "a_b"));         // U+0085, C1 control
  BOOST_TEST(MatchesHashed(NameOf("x\xE2\x80\xAExslx"), "x_xslx"));  // U+202E
  const std::string with_nul("a\0b", 3);
  BOOST_TEST(MatchesHashed(NameOf(with_nul), "a_b"));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_bytes_are_replaced_valid_kept) {
  BOOST_TEST(MatchesHashed(NameOf("caf\xE9"), "caf_"));
  BOOST_TEST(MatchesHashed(NameOf("\xE2\x82"), "__"));
  const std::string zurich = NameOf("Z\xC3\xBCrich");
  BOOST_TEST(MatchesHashed(zurich, "Z\xC3\xBCrich"), zurich);
  CheckSafe(zurich);
}

BOOST_AUTO_TEST_CASE(long_ids_are_cut_to_255_bytes) {
  const std::string ascii(300, 'x');
  const std::string ascii_name = NameOf(ascii);
  CheckSafe(ascii_name);
  BOOST_TEST(ascii_name.size() == 255u);
  BOOST_TEST(ascii_name.starts_with(std::string(200, 'x')));

  std::string euros;  // 100 x U+20AC, three bytes each
  for (int i = 0; i < 100; ++i) euros += "\xE2\x82\xAC";
  std::string faces;  // 75 x U+1F600, four bytes each
  for (int i = 0; i < 75; ++i) faces += "\xF0\x9F\x98\x80";
  for (const std::string& id : {euros, faces}) {
    BOOST_TEST(id.size() == 300u);
    const std::string name = NameOf(id);
    CheckSafe(name);  // includes <= 255 bytes and valid UTF-8
    BOOST_TEST(name.size() > 240u);
  }

  BOOST_TEST(NameOf(std::string(250, 'y')) == std::string(250, 'y') + ".xlsx");
  BOOST_TEST(NameOf(std::string(251, 'y')).size() == 255u);
}

BOOST_AUTO_TEST_CASE(empty_id_gets_a_name_from_its_hash) {
  const auto names = WorkbookFileNames({"", "clinic"});
  BOOST_TEST(MatchesHashed(names.at(""), "clinic"));
  BOOST_TEST(names.at("clinic") == "clinic.xlsx");
}

BOOST_AUTO_TEST_CASE(overview_is_never_produced) {
  const auto names = WorkbookFileNames({"overview", "OVERVIEW", "Overview", "overview.xlsx"});
  CheckAllSafeAndDistinct(names);
  BOOST_TEST(MatchesHashed(names.at("overview"), "overview"));
  BOOST_TEST(MatchesHashed(names.at("OVERVIEW"), "OVERVIEW"));
}

BOOST_AUTO_TEST_CASE(ids_differing_only_in_case_do_not_clash) {
  const auto names = WorkbookFileNames({"CLN-1", "cln-1", "CLN-2"});
  CheckAllSafeAndDistinct(names);
  BOOST_TEST(MatchesHashed(names.at("CLN-1"), "CLN-1"));
  BOOST_TEST(MatchesHashed(names.at("cln-1"), "cln-1"));
  BOOST_TEST(names.at("CLN-2") == "CLN-2.xlsx");
}

BOOST_AUTO_TEST_CASE(non_ascii_case_variants_do_not_clash) {
  // Ü/ü and the Kelvin sign, which Windows folds to an ASCII k.
  const auto names = WorkbookFileNames({"\xC3\x9C", "\xC3\xBC", "\xE2\x84\xAA", "k", "K"});
  CheckAllSafeAndDistinct(names);
  BOOST_TEST(MatchesHashed(names.at("\xE2\x84\xAA"), "\xE2\x84\xAA"));
}

BOOST_AUTO_TEST_CASE(ids_equal_after_sanitising_do_not_clash) {
  const auto names = WorkbookFileNames({"a/b", "a_b", "a:b"});
  CheckAllSafeAndDistinct(names);
  BOOST_TEST(names.at("a_b") == "a_b.xlsx");
  BOOST_TEST(MatchesHashed(names.at("a/b"), "a_b"));
  BOOST_TEST(MatchesHashed(names.at("a:b"), "a_b"));
}

BOOST_AUTO_TEST_CASE(an_id_spelling_a_hashed_name_keeps_it) {
  // "a/b" alone becomes a_b-<8 hex>; an id spelled like that takes the name and
  // "a/b" falls back to the full hash, then to a counter.
  const std::string short_name = NameOf("a/b");
  const std::string short_stem = short_name.substr(0, short_name.size() - 5);
  const auto names = WorkbookFileNames({"a/b", short_stem});
  BOOST_TEST(names.at(short_stem) == short_name);
  const std::string long_name = names.at("a/b");
  BOOST_TEST(std::regex_match(long_name, std::regex(R"(a_b-[0-9a-f]{16}\.xlsx)")), long_name);

  const std::string long_stem = long_name.substr(0, long_name.size() - 5);
  const auto three = WorkbookFileNames({"a/b", short_stem, Lower(long_stem)});
  CheckAllSafeAndDistinct(three);
  BOOST_TEST(three.at("a/b") == long_stem + "-2.xlsx");
}

BOOST_AUTO_TEST_CASE(result_does_not_depend_on_input_order) {
  std::vector<std::string> ids = {"CLN-1", "cln-1", "a/b", "a_b", "a:b", "overview", "",
                                  "con", ".x", "CLN-014", "CLN-014"};
  const auto expected = WorkbookFileNames(ids);
  BOOST_TEST(expected.size() == ids.size() - 1);  // the repeated id counts once
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(ids.begin(), ids.end(), random);
    BOOST_TEST((WorkbookFileNames(ids) == expected));
  }
}

BOOST_AUTO_TEST_CASE(random_hostile_ids_give_safe_distinct_names) {
  const std::vector<std::string> pieces = {
      "a", "A", "z", "Z", "0", "9", "-", "_", ".", " ", "/", "\\", ":", "*", "?", "\"", "<",
      ">", "|", "\t", "\x7f", "con", "CON", "lpt1", "overview", "\xC3\xBC", "\xC3\x9C",
      "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xE2\x84\xAA", "\xE2\x80\xAE", "\xC2\x85",
      "\xE9", "\x80", "\xFF", std::string(1, '\0'), std::string(120, 'q')};
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 6);
  std::vector<std::string> ids;
  while (ids.size() < 2000) {
    std::string id;
    for (int n = count(random); n > 0; --n) id += pieces[piece(random)];
    ids.push_back(id);
    ids.push_back(Lower(id));  // case twins, to force clashes
  }
  const auto names = WorkbookFileNames(ids);
  BOOST_TEST(names.size() == std::set<std::string>(ids.begin(), ids.end()).size());
  CheckAllSafeAndDistinct(names);
  for (const auto& [id, name] : names) {
    BOOST_TEST(name.find('/') == std::string::npos);
    BOOST_TEST(name.find('\\') == std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
