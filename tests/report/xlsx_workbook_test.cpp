// Tests of XlsxWorkbook: workbooks written privately and atomically, read back with unzip.
#include "report/xlsx_workbook.h"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "report/xlsx_reader.h"
#include "test_support.h"
#include "util/error.h"
#include "util/file_digest.h"

namespace crampwatch::report {
namespace {

using testing::FormatCodeOfStyle;
using testing::Unzip;

std::vector<std::string> FolderEntries(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

unsigned ModeOf(const std::string& path) {
  struct stat info {};
  BOOST_REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

// Sets the umask for a scope.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : previous_(umask(mask)) {}
  ~ScopedUmask() { umask(previous_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

 private:
  mode_t previous_;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_workbook)

BOOST_AUTO_TEST_CASE(writes_sheets_cells_and_settings_privately) {
  const ScopedUmask umask_zero(0);
  const testing::TempDir folder;
  const std::string path = folder.Write("CLN-1.xlsx", "last night's workbook");
  {
    XlsxWorkbook workbook(path);
    XlsxWorkbook::Sheet& complaints = workbook.AddSheet("Complaints");
    BOOST_TEST(complaints.name() == "Complaints");
    complaints.SetColumnWidth(0, 30);
    complaints.FreezeRows(1);
    complaints.AutoFilter(0, 0, 1, 3);
    complaints.WriteString(0, 0, "Text", CellFormat::kBold);
    complaints.WriteString(0, 1, "Number", CellFormat::kBold);
    complaints.WriteString(0, 2, "Date", CellFormat::kBold);
    complaints.WriteString(0, 3, "Share", CellFormat::kBold);
    BOOST_TEST(!complaints.WriteString(1, 0, "=1+1"));
    complaints.WriteNumber(1, 1, 42.5);
    complaints.WriteDate(1, 2, 2024, 2, 29);
    complaints.WriteNumber(1, 3, 0.25, CellFormat::kPercent);

    XlsxWorkbook::Sheet& duplicate = workbook.AddSheet("COMPLAINTS");
    BOOST_TEST(duplicate.name() == "COMPLAINTS (2)");
    duplicate.WriteNumber(0, 0, 7, CellFormat::kInteger);
    XlsxWorkbook::Sheet& illegal = workbook.AddSheet("Red/flags: [x]*?\\");
    BOOST_TEST(illegal.name() == "Red_flags_ _x____");

    // The previous file stays until Commit; the temporary one is in a hidden folder.
    BOOST_TEST(testing::ReadFile(path) == "last night's workbook");
    const std::filesystem::path temporary(workbook.temporary_path());
    BOOST_TEST(temporary.filename() == "CLN-1.xlsx");
    BOOST_TEST(temporary.parent_path().filename().string().rfind(".crampwatch-", 0) == 0u);
    BOOST_TEST(ModeOf(workbook.temporary_path()) == 0600u);
    workbook.Commit();
    BOOST_CHECK_THROW(complaints.WriteNumber(2, 0, 1), Error);
  }
  BOOST_TEST(ModeOf(path) == 0600u);
  BOOST_TEST(FolderEntries(folder.path()) == std::vector<std::string>{"CLN-1.xlsx"},
             boost::test_tools::per_element());

  const std::string workbook_xml = Unzip(path, "xl/workbook.xml");
  BOOST_TEST(workbook_xml.find("name=\"Complaints\" sheetId=\"1\"") != std::string::npos);
  BOOST_TEST(workbook_xml.find("name=\"COMPLAINTS (2)\" sheetId=\"2\"") != std::string::npos);
  BOOST_TEST(workbook_xml.find("name=\"Red_flags_ _x____\" sheetId=\"3\"") != std::string::npos);

  const std::string sheet = Unzip(path, "xl/worksheets/sheet1.xml");
  BOOST_TEST_MESSAGE(sheet);
  BOOST_TEST(sheet.find("<f>") == std::string::npos);
  BOOST_TEST(std::regex_search(
      sheet, std::regex(R"re(<c r="A2"[^>]* t="(inlineStr|s)"[^>]*>(<is><t>=1\+1</t></is>|<v>))re")));
  BOOST_TEST(std::regex_search(sheet, std::regex(R"re(<c r="B2"[^>]*><v>42.5</v></c>)re")));
  std::smatch date;
  BOOST_REQUIRE(std::regex_search(sheet, date, std::regex(R"re(<c r="C2" s="(\d+)"><v>(\d+)</v>)re")));
  BOOST_TEST(date[2] == "45351");  // 2024-02-29 as an Excel serial date
  const std::string styles = Unzip(path, "xl/styles.xml");
  BOOST_TEST(FormatCodeOfStyle(styles, std::stoi(date[1])) == "yyyy-mm-dd");
  std::smatch percent;
  BOOST_REQUIRE(std::regex_search(sheet, percent, std::regex(R"re(<c r="D2" s="(\d+)"><v>0.25</v>)re")));
  BOOST_TEST(FormatCodeOfStyle(styles, std::stoi(percent[1])) == "0.0%");
  BOOST_TEST(std::regex_search(sheet, std::regex(R"re(<pane [^>]*ySplit="1"[^>]*state="frozen")re")));
  BOOST_TEST(sheet.find("<autoFilter ref=\"A1:D2\"") != std::string::npos);
  BOOST_TEST(sheet.find("<col min=\"1\" max=\"1\" width=\"30.") != std::string::npos);

  const std::string second = Unzip(path, "xl/worksheets/sheet2.xml");
  BOOST_TEST(std::regex_search(second, std::regex(R"re(<c r="A1" s="\d+"><v>7</v></c>)re")));
}

BOOST_AUTO_TEST_CASE(destroyed_without_commit_leaves_previous_file) {
  const testing::TempDir folder;
  const std::string path = folder.Write("CLN-2.xlsx", "last night's workbook");
  {
    XlsxWorkbook workbook(path);
    workbook.AddSheet("Summary").WriteString(0, 0, "half done");
    BOOST_TEST(std::filesystem::exists(workbook.temporary_path()));
  }
  BOOST_TEST(testing::ReadFile(path) == "last night's workbook");
  BOOST_TEST(FolderEntries(folder.path()) == std::vector<std::string>{"CLN-2.xlsx"},
             boost::test_tools::per_element());

  const std::string fresh = folder.File("new.xlsx");
  { XlsxWorkbook workbook(fresh); }
  BOOST_TEST(!std::filesystem::exists(fresh));
  BOOST_TEST(FolderEntries(folder.path()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(sheet_names_are_made_legal) {
  const testing::TempDir folder;
  const std::string path = folder.File("names.xlsx");
  XlsxWorkbook workbook(path);
  const std::string emoji = "\xF0\x9F\x98\xA3";  // two UTF-16 units
  BOOST_TEST(workbook.AddSheet("").name() == "Sheet");
  BOOST_TEST(workbook.AddSheet("sheet").name() == "sheet (2)");
  BOOST_TEST(workbook.AddSheet("'quoted'").name() == "_quoted_");
  BOOST_TEST(workbook.AddSheet("History").name() == "History (2)");
  BOOST_TEST(workbook.AddSheet("tab\there\x01").name() == "tab_here_");
  BOOST_TEST(workbook.AddSheet("bad\xFFutf8").name() == "bad\xEF\xBF\xBDutf8");
  const std::string long_name(40, 'x');
  BOOST_TEST(workbook.AddSheet(long_name).name() == std::string(31, 'x'));
  BOOST_TEST(workbook.AddSheet(long_name).name() == std::string(27, 'x') + " (2)");
  std::string emojis;
  for (int i = 0; i < 20; ++i) emojis += emoji;
  BOOST_TEST(workbook.AddSheet(emojis).name().size() == 15u * 4);  // 30 units, not 31
  BOOST_TEST(workbook.AddSheet(std::string(30, 'y') + "'z").name() == std::string(30, 'y') + "_");
  workbook.Commit();  // libxlsxwriter accepted every name
  const std::string workbook_xml = Unzip(path, "xl/workbook.xml");
  BOOST_TEST(workbook_xml.find("name=\"_quoted_\"") != std::string::npos);
  BOOST_TEST(workbook_xml.find("name=\"History (2)\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rejects_rows_out_of_order_and_bad_dates) {
  const testing::TempDir folder;
  XlsxWorkbook workbook(folder.File("order.xlsx"));
  XlsxWorkbook::Sheet& sheet = workbook.AddSheet("Data");
  sheet.WriteNumber(2, 1, 1);
  sheet.WriteNumber(2, 0, 1);  // same row, earlier column: fine
  BOOST_CHECK_THROW(sheet.WriteNumber(1, 0, 1), Error);
  BOOST_CHECK_THROW(sheet.WriteDate(3, 0, 2023, 2, 29), Error);
  BOOST_CHECK_THROW(sheet.WriteNumber(XlsxWorkbook::kMaxRows, 0, 1), Error);
}

BOOST_AUTO_TEST_CASE(row_heights_page_setup_highlights_and_the_digest_of_the_file) {
  const testing::TempDir folder;
  const std::string path = folder.File("page.xlsx");
  std::optional<FileDigest> digest;
  {
    XlsxWorkbook workbook(path);
    XlsxWorkbook::Sheet& sheet = workbook.AddSheet("Complaints");
    sheet.SetPageSetup({.header = "&LCLN-1&RContains patient data", .footer = "&CPage &P of &N"});
    sheet.WriteString(0, 0, "Urgency", CellFormat::kHeader);
    sheet.SetRowHeight(1, 45);
    sheet.WriteString(1, 0, "Same day", CellFormat::kWrap);
    sheet.SetRowHeight(2, 1000);  // Excel's tallest row is 409 points
    sheet.WriteString(2, 0, "Next visit");
    sheet.Highlight(1, 2, 0, {.fill = CellFill::kRed, .equals = "Same day"});
    sheet.RepeatRowOnEveryPage(0);
    BOOST_CHECK_THROW(sheet.SetRowHeight(1, 30), Error);  // a row already written
    BOOST_CHECK_THROW(sheet.SetPageSetup({.header = std::string(300, 'x'), .footer = ""}), Error);
    digest = workbook.Commit(true);
  }
  BOOST_REQUIRE(digest.has_value());
  BOOST_TEST((DigestOfFile(path) == digest));
  BOOST_TEST(digest->size == static_cast<std::int64_t>(testing::ReadFile(path).size()));
  const std::string sheet = Unzip(path, "xl/worksheets/sheet1.xml");
  BOOST_TEST(sheet.find("<row r=\"2\" ht=\"45\" customHeight=\"1\">") != std::string::npos, sheet);
  BOOST_TEST(sheet.find("<row r=\"3\" ht=\"409\" customHeight=\"1\">") != std::string::npos);
  BOOST_TEST(sheet.find("<pageMargins left=\"0.4\" right=\"0.4\"") != std::string::npos);
  BOOST_TEST(sheet.find("<oddHeader>&amp;LCLN-1&amp;RContains patient data</oddHeader>") != std::string::npos);
  BOOST_TEST(sheet.find("<conditionalFormatting sqref=\"A2:A3\">") != std::string::npos);
  // Data text is top-aligned, so that it reads across a tall row.
  const std::string styles = Unzip(path, "xl/styles.xml");
  BOOST_TEST(styles.find("<alignment vertical=\"top\"/>") != std::string::npos);
}

// Another user who can write the folder sees only its entries: each one the
// workbook made there is swapped for a link to a victim file (a folder: for a
// link to the attacker's folder, whose entries link to the victim). The
// temporary file was once a name in the folder, re-opened by name.
BOOST_AUTO_TEST_CASE(an_attacker_who_can_write_the_folder_cannot_redirect_the_workbook) {
  const testing::TempDir attacker;
  const std::string victim = attacker.Write("victim.txt", "the victim's bytes");
  BOOST_REQUIRE(chmod(victim.c_str(), 0644) == 0);
  const testing::TempDir folder;
  const std::string path = folder.File("CLN-9.xlsx");
  {
    XlsxWorkbook workbook(path);
    workbook.AddSheet("Complaints").WriteString(0, 0, "patient text");
    for (const std::string& name : FolderEntries(folder.path())) {
      const std::filesystem::path entry = folder.path() / name;
      const std::filesystem::path moved = attacker.path() / ("moved" + name);
      const bool is_folder = std::filesystem::is_directory(std::filesystem::symlink_status(entry));
      std::filesystem::rename(entry, moved);
      if (is_folder) {
        const std::filesystem::path trap = attacker.path() / ("trap" + name);
        std::filesystem::create_directory(trap);
        for (const std::string& inner : FolderEntries(moved)) std::filesystem::create_symlink(victim, trap / inner);
        if (!std::filesystem::is_symlink(trap / "CLN-9.xlsx")) std::filesystem::create_symlink(victim, trap / "CLN-9.xlsx");
        std::filesystem::create_symlink(trap, entry);
      } else {
        std::filesystem::create_symlink(victim, entry);
      }
    }
    workbook.Commit();
  }
  BOOST_TEST(testing::ReadFile(victim) == "the victim's bytes");
  BOOST_TEST(ModeOf(victim) == 0644u);
  BOOST_REQUIRE(std::filesystem::is_regular_file(std::filesystem::symlink_status(path)));
  BOOST_TEST(ModeOf(path) == 0600u);
  BOOST_TEST(Unzip(path, "xl/workbook.xml").find("name=\"Complaints\"") != std::string::npos);
}

// The workbook is built in a folder of its own: made by mkdtemp (a fresh
// name, 0700), so no other user can enter it. Links planted beforehand under
// the names a workbook's files had or have are never followed nor removed.
BOOST_AUTO_TEST_CASE(the_temporary_file_is_in_a_fresh_private_folder_under_any_umask) {
  const testing::TempDir folder;
  const std::string victim = folder.Write("victim.txt", "the victim's bytes");
  const std::string pid = std::to_string(getpid());
  std::vector<std::string> planted;
  for (int n = 0; n < 50; ++n) {
    planted.push_back(".CLN-4.xlsx.tmp-" + pid + "-" + std::to_string(n));
    planted.push_back(".xlsxwriter.tmp-" + pid + "-" + std::to_string(n));
  }
  for (const char* suffix : {"AAAAAA", "aaaaaa", "000000", "XXXXXX"}) planted.push_back(".crampwatch-" + pid + "-" + suffix);
  for (const std::string& name : planted) std::filesystem::create_symlink(victim, folder.path() / name);

  for (mode_t mask : {0000, 0077, 0777}) {
    const ScopedUmask scoped(mask);
    XlsxWorkbook first(folder.File("CLN-4.xlsx"));
    XlsxWorkbook second(folder.File("CLN-5.xlsx"));
    const std::filesystem::path private_folder = std::filesystem::path(first.temporary_path()).parent_path();
    BOOST_TEST(private_folder.parent_path() == folder.path());
    BOOST_TEST(std::regex_match(private_folder.filename().string(),
                                std::regex("\\.crampwatch-" + pid + "-[A-Za-z0-9]{6}")),
               private_folder);
    BOOST_TEST(std::filesystem::is_directory(std::filesystem::symlink_status(private_folder)));
    BOOST_TEST(ModeOf(private_folder.string()) == 0700u);
    BOOST_TEST(ModeOf(first.temporary_path()) == 0600u);
    BOOST_TEST(std::filesystem::path(second.temporary_path()).parent_path() != private_folder);
    first.AddSheet("Summary");
    first.Commit();
    BOOST_TEST(!std::filesystem::exists(private_folder));
    BOOST_TEST(ModeOf(folder.File("CLN-4.xlsx")) == 0600u);
  }
  for (const std::string& name : planted) BOOST_TEST(std::filesystem::is_symlink(folder.path() / name), name);
  BOOST_TEST(testing::ReadFile(victim) == "the victim's bytes");
  BOOST_TEST(FolderEntries(folder.path()).size() == planted.size() + 2);  // + victim.txt, CLN-4.xlsx
}

BOOST_AUTO_TEST_CASE(reports_a_folder_that_cannot_be_written) {
  const testing::TempDir folder;
  const std::string path = folder.File("missing/CLN-3.xlsx");
  try {
    XlsxWorkbook workbook(path);
    BOOST_FAIL("no error");
  } catch (const Error& error) {
    BOOST_TEST((error.kind() == ErrorKind::kCannotCreate));
    BOOST_TEST(std::string(error.what()).rfind(path + ": ", 0) == 0u);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
