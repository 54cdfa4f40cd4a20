// Tests of HeaderMap and column mappings.
#include "import/header_map.h"

#include <boost/test/unit_test.hpp>

#include "util/error.h"

namespace crampwatch::importer {
namespace {

const std::vector<std::string> kStandard = {"clinic_id", "clinic_name", "intake_id", "patient_id",
                                            "intake_date", "sex", "birth_date", "age",
                                            "complaint", "history", "medications"};

std::string FailureOf(const std::vector<std::string>& header,
                      const std::vector<ColumnMapping>& mappings = {}) {
  try {
    HeaderMap::Read(header, mappings, "x.csv");
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kBadInput));
    return error.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(header_map)

BOOST_AUTO_TEST_CASE(standard_header_maps_every_column) {
  HeaderMap map = HeaderMap::Read(kStandard, {}, "x.csv");
  BOOST_TEST(map.field_count() == 11u);
  BOOST_TEST(*map.IndexOf(Column::kComplaint) == 8u);
  BOOST_TEST(map.extra_columns().empty());
}

BOOST_AUTO_TEST_CASE(names_match_ignoring_case_spaces_underscores_and_dashes) {
  HeaderMap map = HeaderMap::Read(
      {" Clinic ID ", "INTAKE-ID", "Patient_Id", "intake date", "COMPLAINT", "Notes", ""}, {}, "x.csv");
  BOOST_TEST(*map.IndexOf(Column::kClinicId) == 0u);
  BOOST_TEST(*map.IndexOf(Column::kIntakeDate) == 3u);
  BOOST_TEST(!map.IndexOf(Column::kAge));
  BOOST_REQUIRE(map.extra_columns().size() == 2u);
  BOOST_TEST(map.extra_columns()[0].second == "Notes");
  BOOST_TEST(map.extra_columns()[1].second == "column_7");
}

BOOST_AUTO_TEST_CASE(mappings_rename_other_systems_headers) {
  HeaderMap map = HeaderMap::Read({"Site", "Visit", "MRN", "Visit Date", "Reason"},
                                  {ParseColumnMapping("site=clinic_id"),
                                   ParseColumnMapping("Visit=intake_id"),
                                   ParseColumnMapping("mrn=patient_id"),
                                   ParseColumnMapping("VISIT DATE=intake date"),
                                   ParseColumnMapping("Reason=complaint")},
                                  "x.csv");
  BOOST_TEST(*map.IndexOf(Column::kIntakeDate) == 3u);
  BOOST_TEST(*map.IndexOf(Column::kPatientId) == 2u);
}

BOOST_AUTO_TEST_CASE(missing_columns_are_named_with_those_found) {
  std::string message = FailureOf({"clinic_id", "intake_id", "Notes"});
  BOOST_TEST(message == "x.csv:1: missing required columns 'patient_id', 'intake_date', "
                        "'complaint'; found 'clinic_id', 'intake_id', 'Notes' (use --map "
                        "\"Export header=column\" for other names)");
}

BOOST_AUTO_TEST_CASE(a_column_named_twice_fails) {
  std::vector<std::string> header = kStandard;
  header.push_back("Intake Date");
  BOOST_TEST(FailureOf(header).find("names column 'intake_date' twice (fields 5 and 12)") !=
             std::string::npos);
  BOOST_TEST(FailureOf({"a", "b", "A"}).find("twice") != std::string::npos);
  // A mapping onto a column the export already has is a duplicate too.
  BOOST_TEST(FailureOf(kStandard, {ParseColumnMapping("history=medications")}).find("twice") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_data_row_as_header_is_no_header) {
  BOOST_TEST(FailureOf({"CLN-1", "A-1", "P-1", "2026-01-01", "calf cramps"}).find("no header row") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_the_header_fails) {
  std::vector<std::string> header = kStandard;
  header.push_back("Not\xE9s");
  BOOST_TEST(FailureOf(header).find("not valid UTF-8") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_mappings_are_usage_errors) {
  for (const char* bad : {"no equals", "=complaint", "Visit Date=", "Visit Date=visit"}) {
    try {
      ParseColumnMapping(bad);
      BOOST_FAIL("accepted " << bad);
    } catch (const Error& error) {
      BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kUsage));
    }
  }
  ColumnMapping mapping = ParseColumnMapping(" A = b = Birth-Date ");
  BOOST_TEST(mapping.header == "A = b");
  BOOST_TEST(static_cast<int>(mapping.column) == static_cast<int>(Column::kBirthDate));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
