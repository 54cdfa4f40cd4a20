// Tests of RunReport: workbooks of a small known database, read back and checked
// against the public views (the files themselves: run_report_files_test.cpp).
#include "report/run_report.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "report/report_fixture.h"

namespace crampwatch::report {

using testing::XlsxSheet;

BOOST_FIXTURE_TEST_SUITE(run_report, ReportFixture)

BOOST_AUTO_TEST_CASE(writes_a_private_workbook_per_clinic_and_the_overview) {
  const ReportResult result = Report();
  BOOST_TEST(result.period.from == "2025-04-01");
  BOOST_TEST(result.period.to == "2026-03-01");
  BOOST_TEST(result.out_dir == out);
  BOOST_TEST(ModeOf(out) == 0700u);
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    names.insert(entry.path().filename().string());
    BOOST_TEST(ModeOf(entry.path().string()) == 0600u);
  }
  BOOST_TEST(names == (std::set<std::string>{"C1.xlsx", "C2.xlsx", "C3.xlsx", "overview.xlsx"}),
             boost::test_tools::per_element());
  BOOST_TEST(result.files.size() == 4u);
}

BOOST_AUTO_TEST_CASE(every_sheet_has_its_title_period_header_and_the_views_rows) {
  Report();
  const auto sheets = testing::ReadSheets(File("C1.xlsx"));
  std::vector<std::string> sheet_names;
  for (const XlsxSheet& sheet : sheets) {
    sheet_names.push_back(sheet.name);
    BOOST_TEST(sheet.At("A1").text.find("C1 Riverside") != std::string::npos);
    BOOST_TEST(sheet.At("A2").text ==
               "Period 2025-04-01 to 2026-03-01 (both days included): the 12 calendar months up to the latest "
               "intake date; data through 2026-03-01.");
    BOOST_TEST(sheet.xml.find("<f>") == std::string::npos);  // no formula anywhere
  }
  BOOST_TEST(sheet_names == (std::vector<std::string>{"Summary", "Complaints", "Red flags",
                                                      "Calcium follow-up", "Trend", "Data quality"}),
             boost::test_tools::per_element());

  const std::string in_period =
      "FROM v_intake WHERE clinic_id = 'C1' AND intake_date BETWEEN '2025-04-01' AND '2026-03-31' "
      "AND is_cramp = 1";
  const XlsxSheet& complaints = SheetNamed(sheets, "Complaints");
  BOOST_TEST(complaints.At("A4").text == "Date");
  BOOST_TEST(complaints.At("K4").text == "Complaint");
  BOOST_TEST(complaints.At("L4").text == "Evidence");
  BOOST_TEST(DataRows(complaints) == Count("SELECT count(*) " + in_period));
  BOOST_TEST(DataRows(complaints) == 3);
  BOOST_TEST(complaints.At("A5").type == "");  // a date is a number
  BOOST_TEST(complaints.At("K5").type == "inlineStr");
  BOOST_TEST(complaints.xml.find("<autoFilter ref=\"A4:L7\"/>") != std::string::npos);
  BOOST_TEST(complaints.xml.find("state=\"frozen\"") != std::string::npos);
  BOOST_TEST(complaints.xml.find("<conditionalFormatting") != std::string::npos);

  const XlsxSheet& red_flags = SheetNamed(sheets, "Red flags");
  BOOST_TEST(DataRows(red_flags) == Count("SELECT count(*) " + in_period + " AND red_flags <> ''"));
  const XlsxSheet& calcium = SheetNamed(sheets, "Calcium follow-up");
  BOOST_TEST(DataRows(calcium) ==
             Count("SELECT count(DISTINCT patient_id) " + in_period + " AND calcium_risk IS NOT NULL"));
  const XlsxSheet& trend = SheetNamed(sheets, "Trend");
  BOOST_TEST(trend.At("A4").text == "Month");
  BOOST_TEST(trend.At("A5").type == "");  // a real date, shown as a month
  const XlsxSheet& quality = SheetNamed(sheets, "Data quality");
  BOOST_TEST(quality.At("A4").text == "Check");

  const std::string content_types = testing::Unzip(File("C1.xlsx"), "\\[Content_Types\\].xml");
  BOOST_TEST(content_types.find("/xl/charts/chart1.xml") != std::string::npos);  // Summary
  BOOST_TEST(content_types.find("/xl/charts/chart2.xml") != std::string::npos);  // Trend
  const std::string core = testing::Unzip(File("C1.xlsx"), "docProps/core.xml");
  BOOST_TEST(core.find("<dc:title>Leg cramp complaints: C1 Riverside</dc:title>") != std::string::npos);
  BOOST_TEST(core.find("rules version ") != std::string::npos);
}

// Every red flag, with dates and urgencies that a wrong order would show:
// R-6 has two flags, the most urgent of which decides its place.
const std::string kRedFlagRows =
    "C6,Redhill,R-1,P-61,2026-02-20,F,60,calf cramp at night and my left calf is swollen red and hot,,\n"
    "C6,Redhill,R-2,P-62,2026-02-25,M,70,calf cramps and calf pain when walking that goes when I rest,,\n"
    "C6,Redhill,R-3,P-63,2026-02-10,M,50,leg cramps at night and numbness in the saddle area with new bladder trouble,,\n"
    "C6,Redhill,R-4,P-64,2026-02-27,F,40,cramp in my calf and a foot drop since last week,,\n"
    "C6,Redhill,R-5,P-65,2026-02-28,M,30,calf cramps lasting hours every day and getting worse,,\n"
    "C6,Redhill,R-6,P-66,2026-02-26,F,52,calf cramp at night with a swollen red calf and numb saddle,,\n";

BOOST_AUTO_TEST_CASE(red_flags_come_most_urgent_first_then_newest_with_days_and_an_action) {
  Load(kRedFlagRows);
  ReportOptions options = Options({"C6"}, "2026-01-01", "2026-03-31");
  options.today = "2026-03-02";
  const ReportResult result = Report(options);
  const XlsxSheet red = SheetNamed(testing::ReadSheets(File(result, "C6.xlsx")), "Red flags");
  BOOST_TEST(red.At("A4").text == "Urgency");
  BOOST_TEST(red.At("B4").text == "Red flags");
  BOOST_TEST(red.At("C4").text == "Suggested action");
  BOOST_TEST(red.At("D4").text == "Days since intake");
  BOOST_TEST(red.At("F4").text == "Intake");
  std::vector<std::string> order;
  for (int row = 5; red.Has("F" + std::to_string(row)); ++row) order.push_back(red.At("F" + std::to_string(row)).text);
  BOOST_TEST(order == (std::vector<std::string>{"R-6", "R-1", "R-3", "R-4", "R-5", "R-2"}),
             boost::test_tools::per_element());
  // Same-day flags first, worded as the urgency table has them.
  BOOST_TEST(red.At("A5").text == "Same day");
  BOOST_TEST(red.At("A8").text == "Within days");
  BOOST_TEST(red.At("A10").text == "Next visit");
  BOOST_TEST(red.At("B5").text == "DVT signs, Cauda equina");
  // Days since the intake, to the day the workbook was written: a number.
  BOOST_TEST(red.At("D5").text == "4");  // 2026-02-26 to 2026-03-02
  BOOST_TEST(red.At("D5").type == "");
  BOOST_TEST(red.At("D7").text == "20");  // 2026-02-10
  // Each flag's action with its guideline; with two flags, each says whose it is.
  BOOST_TEST(red.At("C6").text.starts_with("Possible deep vein thrombosis: assess the same day"));
  BOOST_TEST(red.At("C6").text.ends_with("(NICE CKS: Deep vein thrombosis)"));
  BOOST_TEST(red.At("C5").text.find("DVT signs: Possible deep vein thrombosis") == 0u);
  BOOST_TEST(red.At("C5").text.find("\nCauda equina: Possible cauda equina syndrome") != std::string::npos);
  BOOST_TEST(red.At("C9").text.find("(NICE CKS: Leg cramps)") != std::string::npos);
  BOOST_TEST(red.At("C10").text.find("(NICE CKS: Peripheral arterial disease)") != std::string::npos);
  // Only a same-day urgency is coloured.
  BOOST_TEST(red.xml.find("<conditionalFormatting sqref=\"A5:A10\">") != std::string::npos);
  BOOST_TEST(red.xml.find("<formula>$A5=\"Same day\"</formula>") != std::string::npos);
  BOOST_TEST(red.xml.find("<conditionalFormatting sqref=\"B") == std::string::npos);
  // The note says what the days count to and what the actions rest on.
  std::string notes;
  for (int row = 11; row <= red.LastRow(); ++row) {
    if (red.Has("A" + std::to_string(row))) notes += red.At("A" + std::to_string(row)).text + "\n";
  }
  BOOST_TEST(notes.find("Days since intake count to 2026-03-02") != std::string::npos, notes);
  BOOST_TEST(notes.find("NICE Clinical Knowledge Summaries") != std::string::npos, notes);
}

BOOST_AUTO_TEST_CASE(clinician_sheets_show_readable_names_never_codes) {
  Load(kRedFlagRows);
  const ReportResult result = Report(Options({}, "2025-01-01", "2026-12-31"));
  // Every code a clinician could meet: causes, red flags, calcium risk.
  std::vector<std::string> codes = {"unexplained", "woman_45_plus", "adolescent"};
  {
    auto database = db::OpenDatabase(db_path);
    SQLite::Statement query(*database, "SELECT code FROM code_label");
    while (query.executeStep()) codes.push_back(query.getColumn(0).getString());
  }
  BOOST_TEST(codes.size() >= 20u);
  int checked = 0;
  for (const char* name : {"C1.xlsx", "C2.xlsx", "C3.xlsx", "C6.xlsx"}) {
    for (const XlsxSheet& sheet : testing::ReadSheets(File(result, name))) {
      for (const auto& [ref, cell] : sheet.cells) {
        if (cell.type != "inlineStr") continue;
        ++checked;
        for (const std::string& code : codes) {
          // Codes are lower case with '_' (or "adolescent"/"unexplained",
          // which as names are capitalised): whole-word matches only.
          if (code.find('_') == std::string::npos) {
            BOOST_TEST(cell.text != code, name << "/" << sheet.name << "!" << ref);
            continue;
          }
          BOOST_TEST(cell.text.find(code) == std::string::npos,
                     name << "/" << sheet.name << "!" << ref << ": " << cell.text);
        }
      }
    }
  }
  BOOST_TEST(checked > 100);
  const XlsxSheet complaints = SheetNamed(testing::ReadSheets(File(result, "C6.xlsx")), "Complaints");
  int r6 = 5;  // the row of R-6, the one with two red flags
  while (complaints.At("B" + std::to_string(r6)).text != "R-6") ++r6;
  BOOST_TEST(complaints.At("I" + std::to_string(r6)).text == "DVT signs, Cauda equina");  // report order
  std::string evidence;
  for (int row = 5; complaints.Has("A" + std::to_string(row)); ++row) {
    evidence += complaints.Has("L" + std::to_string(row)) ? complaints.At("L" + std::to_string(row)).text : "";
  }
  BOOST_TEST(evidence.find("DVT signs: \"") != std::string::npos, evidence);
  BOOST_TEST(evidence.find("Cauda equina: \"") != std::string::npos, evidence);
  // A complaint without a cause says so.
  BOOST_TEST(complaints.At("H5").text == "Unexplained (no cause found)");
  // The calcium flag as words.
  std::string flags;
  for (int row = 5; complaints.Has("A" + std::to_string(row)); ++row) {
    if (complaints.Has("J" + std::to_string(row))) flags += complaints.At("J" + std::to_string(row)).text + "|";
  }
  BOOST_TEST(flags.find("Older woman") != std::string::npos, flags);
}

// What `run` does with report_state, in process: the states of one report
// are the previous ones of the next.
BOOST_AUTO_TEST_CASE(the_trend_ends_with_the_month_the_data_runs_through_and_says_it_is_partial) {
  // Data through 2026-03-01; a period to the end of 2026 asked for.
  const ReportResult result = Report(Options({"C1"}, "2026-01-01", "2026-12-31"));
  const XlsxSheet trend = SheetNamed(testing::ReadSheets(File(result, "C1.xlsx")), "Trend");
  BOOST_TEST(trend.At("A4").text == "Month");
  BOOST_TEST(trend.At("B4").text == "Note");
  BOOST_TEST(DataRows(trend) == 3);  // January to March, not to December
  BOOST_TEST(!trend.Has("B5"));
  BOOST_TEST(trend.At("B7").text == "partial, to 2026-03-01");
  const std::string chart = testing::Unzip(File(result, "C1.xlsx"), "xl/charts/chart2.xml");
  BOOST_TEST(chart.find("<c:numFmt formatCode=\"mmm yyyy\" sourceLinked=\"0\"/>") != std::string::npos);
  BOOST_TEST(chart.find("partial, to 2026-03-01") != std::string::npos);
  // The total and at most five causes, not thirteen lines.
  std::size_t series = 0;
  for (std::size_t at = chart.find("<c:ser>"); at != std::string::npos; at = chart.find("<c:ser>", at + 1)) ++series;
  BOOST_TEST(series >= 1u);
  BOOST_TEST(series <= 6u);
  BOOST_TEST(chart.find("<c:f>Trend!$C$4</c:f>") != std::string::npos);  // "All cramp complaints"
}

BOOST_AUTO_TEST_CASE(calcium_follow_up_says_which_cramps_may_not_be_calcium) {
  Report();
  const XlsxSheet calcium = SheetNamed(testing::ReadSheets(File("C1.xlsx")), "Calcium follow-up");
  BOOST_TEST(calcium.At("D4").text == "Flagged as");
  BOOST_TEST(calcium.At("H4").text == "Other likely causes");
  BOOST_TEST(calcium.At("I4").text == "Finding");
  std::map<std::string, std::pair<std::string, std::string>> by_patient;  // flagged as, finding
  for (int row = 5; calcium.Has("A" + std::to_string(row)); ++row) {
    const std::string r = std::to_string(row);
    by_patient[calcium.At("A" + r).text] = {calcium.At("D" + r).text, calcium.At("I" + r).text};
  }
  // P-1 (a woman of 52): overexertion and a diuretic besides; P-3 (14) none.
  BOOST_TEST(by_patient["P-1"].first == "Older woman");
  BOOST_TEST(by_patient["P-1"].second == "May not be calcium");
  BOOST_TEST(by_patient["P-3"].first == "Adolescent");
  BOOST_TEST(by_patient["P-3"].second == "No other cause found");
  // Nothing is coloured: neither finding needs a person today.
  BOOST_TEST(calcium.xml.find("<conditionalFormatting") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_sheet_prints_with_its_header_and_footer_and_wrapped_rows_are_tall_enough) {
  Report();
  for (const char* name : {"C1.xlsx", "overview.xlsx"}) {
    for (const XlsxSheet& sheet : testing::ReadSheets(File(name))) {
      BOOST_TEST_INFO(name << "/" << sheet.name);
      BOOST_TEST(sheet.xml.find("<oddHeader>&amp;L") != std::string::npos);
      BOOST_TEST(sheet.xml.find("&amp;C&amp;A&amp;RConfidential: contains patient data</oddHeader>") !=
                 std::string::npos);
      BOOST_TEST(sheet.xml.find("<oddFooter>&amp;LPeriod 2025-04-01 to 2026-03-01; data through 2026-03-01"
                                "&amp;CPage &amp;P of &amp;N&amp;RPrinted &amp;D</oddFooter>") != std::string::npos);
      BOOST_TEST(sheet.xml.find("orientation=\"landscape\"") != std::string::npos);
      BOOST_TEST(sheet.xml.find("fitToHeight=\"0\"") != std::string::npos);
    }
  }
  BOOST_TEST(testing::ReadSheets(File("C1.xlsx"))[0].xml.find("<oddHeader>&amp;LC1 Riverside&amp;C") !=
             std::string::npos);
  // The complaint of A-1 (37 characters) fits a line; the evidence of its two
  // causes and a medicine takes more: its row is taller than the default.
  const XlsxSheet complaints = SheetNamed(testing::ReadSheets(File("C1.xlsx")), "Complaints");
  const std::size_t row5 = complaints.xml.find("<row r=\"5\"");
  BOOST_REQUIRE(row5 != std::string::npos);
  BOOST_TEST(complaints.xml.substr(row5, 40).find("customHeight=\"1\"") != std::string::npos,
             complaints.xml.substr(row5, 40));
  // Every wrapped row has a height; the header of the Red flags sheet wraps too.
  const XlsxSheet red = SheetNamed(testing::ReadSheets(File("C1.xlsx")), "Red flags");
  BOOST_TEST(red.xml.find("<row r=\"4\" ht=\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rejects_appear_in_their_clinics_data_quality_sheet) {
  Report();
  const auto sheets = testing::ReadSheets(File("C2.xlsx"));
  const XlsxSheet& quality = SheetNamed(sheets, "Data quality");
  std::string reasons;
  for (const auto& [ref, cell] : quality.cells) reasons += cell.text + "|";
  BOOST_TEST(reasons.find("complaint: required value is empty") != std::string::npos);
  BOOST_TEST(Count("SELECT count(*) FROM import_reject WHERE clinic_id = 'C2'") == 1);
}

BOOST_AUTO_TEST_CASE(a_clinic_without_complaints_in_the_period_gets_a_workbook_that_says_so) {
  Report();
  const auto sheets = testing::ReadSheets(File("C3.xlsx"));
  BOOST_TEST(SheetNamed(sheets, "Complaints").At("A4").text == "No cramp complaints in this period.");
  BOOST_TEST(SheetNamed(sheets, "Red flags").At("A4").text == "No red flags in this period.");
}

BOOST_AUTO_TEST_CASE(overview_has_a_row_per_clinic_and_a_chart) {
  Report();
  const auto sheets = testing::ReadSheets(File("overview.xlsx"));
  BOOST_REQUIRE(sheets.size() == 1u);
  BOOST_TEST(sheets[0].At("A4").text == "Clinic");
  BOOST_TEST(sheets[0].At("A5").text == "C1");
  BOOST_TEST(sheets[0].At("B5").text == "Riverside");
  BOOST_TEST(sheets[0].At("A7").text == "C3");
  BOOST_TEST(DataRows(sheets[0]) == 3);
  BOOST_TEST(testing::Unzip(File("overview.xlsx"), "xl/charts/chart1.xml").find("<c:barChart>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_written_as_safe_strings) {
  const std::string long_complaint = "calf cramp at night " + std::string(40000, 'x');
  Load("C4,Hostile,H-1,P-1,2026-02-03,F,50,\"=HYPERLINK(\"\"http://evil\"\",\"\"calf cramp\"\")\",,\n"
       "C4,Hostile,H-2,P-2,2026-02-04,F,50,\"calf cramp \x01\x02\x1b at night\",,\n"
       "C4,Hostile,H-3,P-3,2026-02-05,F,50,\"" + long_complaint + "\",,\n"
       "C4,Hostile,H-4,P-4,2026-02-06,F,50,\"+cmd|' /C calc'!A0 calf cramp\",,\n");
  const ReportResult result = Report(Options({"C4"}));
  BOOST_TEST(result.truncated_cells >= 1);
  const auto sheets = testing::ReadSheets(File(result, "C4.xlsx"));
  const XlsxSheet& complaints = SheetNamed(sheets, "Complaints");
  BOOST_TEST(complaints.xml.find("<f>") == std::string::npos);
  std::map<std::string, std::string> by_intake;  // intake id -> complaint cell
  for (int row = 5; row <= complaints.LastRow(); ++row) {
    by_intake[complaints.At("B" + std::to_string(row)).text] = complaints.At("K" + std::to_string(row)).text;
    BOOST_TEST(complaints.At("K" + std::to_string(row)).type == "inlineStr");
  }
  BOOST_TEST(by_intake["H-1"] == "=HYPERLINK(\"http://evil\",\"calf cramp\")");
  BOOST_TEST(by_intake["H-2"] == "calf cramp  at night");  // control characters removed
  BOOST_TEST(by_intake["H-3"].size() <= 32767u);
  BOOST_TEST(by_intake["H-3"].ends_with(" [truncated]"));
  BOOST_TEST(by_intake["H-4"] == "+cmd|' /C calc'!A0 calf cramp");
}

BOOST_AUTO_TEST_CASE(two_threads_write_the_same_cells_as_one) {
  Report(Options({}, std::nullopt, std::nullopt, 1));
  const std::string one = testing::AllCells(File("C1.xlsx")) + testing::AllCells(File("overview.xlsx"));
  std::filesystem::remove_all(out);
  Report(Options({}, std::nullopt, std::nullopt, 2));
  BOOST_TEST(testing::AllCells(File("C1.xlsx")) + testing::AllCells(File("overview.xlsx")) == one);
}

BOOST_AUTO_TEST_CASE(a_sheet_longer_than_the_row_limit_continues) {
  std::string rows;
  for (int i = 0; i < 30; ++i) rows += "C5,x,L-" + std::to_string(100 + i) + ",P-1,2026-02-01,F,50,calf cramp,,\n";
  Load(rows);
  const ReportResult result = Report(Options({"C5"}, std::nullopt, std::nullopt, 0, 20));
  const auto sheets = testing::ReadSheets(File(result, "C5.xlsx"));
  int complaint_rows = 0;
  for (const XlsxSheet& sheet : sheets) {
    if (sheet.name.starts_with("Complaints")) complaint_rows += DataRows(sheet);
  }
  BOOST_TEST(complaint_rows == 30);
  BOOST_TEST(SheetNamed(sheets, "Complaints (2)").At("A4").text == "Date");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
