// Tests of RowValidator beyond the importer's reject cases: values, ages, sex spellings.
#include "import/row_validator.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace crampwatch::importer {
namespace {

struct ValidatorFixture {
  HeaderMap header = HeaderMap::Read({"clinic_id", "intake_id", "patient_id", "intake_date", "sex",
                                      "birth_date", "age", "complaint", "history", "Room"},
                                     {}, "x.csv");
  DateParser dates;
  RowValidator validator{header, dates};
  ComplaintRow row;

  std::optional<ImportIssue> Check(std::vector<std::string> fields) {
    CsvRecord record;
    record.fields = std::move(fields);
    record.line = 7;
    return validator.Validate(record, row);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(row_validator, ValidatorFixture)

BOOST_AUTO_TEST_CASE(values_are_trimmed_and_normalised) {
  auto issue = Check({" C1 ", "A-1", "P-1", " 2026-01-05T07:30 ", "Female", "", " 61 ",
                      "  calf cramps\n", "", "12"});
  BOOST_REQUIRE(!issue);
  BOOST_TEST(row.clinic_id == "C1");
  BOOST_TEST(row.intake_date == "2026-01-05T07:30:00");
  BOOST_TEST(row.sex == "F");
  BOOST_TEST(*row.age == 61);
  BOOST_TEST(row.complaint == "calf cramps");
  BOOST_TEST(row.history.empty());
  BOOST_TEST(row.extra_json == "{\"Room\":\"12\"}");
  BOOST_TEST(row.line == 7);
}

BOOST_AUTO_TEST_CASE(age_comes_from_the_birth_date_when_there_is_one) {
  BOOST_REQUIRE(!Check({"C1", "A-1", "P-1", "2026-03-01", "", "2011-03-02", "40", "cramp", "", ""}));
  BOOST_TEST(*row.age == 14);
  BOOST_TEST(row.birth_date == "2011-03-02");
  BOOST_REQUIRE(!Check({"C1", "A-1", "P-1", "2026-03-01", "", "", "", "cramp", "", ""}));
  BOOST_TEST(!row.age);
  BOOST_REQUIRE(!Check({"C1", "A-1", "P-1", "2026-03-01", "", "2026-03-01", "", "cramp", "", ""}));
  BOOST_TEST(*row.age == 0);
}

BOOST_AUTO_TEST_CASE(a_value_is_never_quoted_in_a_reason) {
  auto issue = Check({"C1", "A-1", "P-1", "2026-01-05", "", "", "137", "cramp", "", ""});
  BOOST_REQUIRE(issue);
  BOOST_TEST(issue->Reason().find("137") == std::string::npos);
}

struct SexSpelling {
  const char* text;
  char code;
};

std::ostream& operator<<(std::ostream& out, const SexSpelling& s) { return out << s.text; }

const SexSpelling kSexSpellings[] = {
    {"F", 'F'}, {"f", 'F'}, {"female", 'F'}, {"WOMAN", 'F'}, {"M", 'M'}, {"Male", 'M'},
    {"man", 'M'}, {"X", 'X'}, {"other", 'X'}, {"U", 'U'}, {"unknown", 'U'}, {" f ", 'F'},
};

BOOST_DATA_TEST_CASE(sex_spellings, boost::unit_test::data::make(kSexSpellings), spelling) {
  BOOST_TEST(ParseSex(spelling.text).value_or('?') == spelling.code);
}

BOOST_AUTO_TEST_CASE(unknown_sex_spellings_are_not_guessed) {
  for (const char* word : {"fem", "q", "2", "males"}) BOOST_TEST(!ParseSex(word), word);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
