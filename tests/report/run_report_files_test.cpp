// Tests of RunReport's files: a workbook replaced by hand, ad hoc reports in a
// folder of their own, hostile clinic ids, a killed report, a blocked path,
// and what the clean-up may touch.
#include <signal.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "report/report_fixture.h"
#include "util/error.h"
#include "util/file_digest.h"

namespace crampwatch::report {

using testing::XlsxSheet;

BOOST_FIXTURE_TEST_SUITE(run_report_files, ReportFixture)

BOOST_AUTO_TEST_CASE(a_workbook_whose_file_is_not_the_one_written_is_written_again) {
  ReportOptions options;
  options.track_changes = true;
  options.today = "2026-03-02";
  ReportResult first = Report(options);
  BOOST_TEST(first.files.size() == 4u);
  for (const auto& [path, state] : first.states) {
    BOOST_REQUIRE(state.file.has_value());
    BOOST_TEST((state.file == DigestOfFile(path)), path);
  }
  options.previous = first.states;
  ReportResult same = Report(options);
  BOOST_TEST(same.files.empty());
  BOOST_TEST(same.unchanged.size() == 4u);

  // By hand: C1 edited (a byte added), C2 truncated, C3 replaced by another
  // workbook (the ad-hoc one of the issue), the overview removed.
  const std::string c1 = testing::ReadFile(File("C1.xlsx"));
  {
    std::ofstream edit(File("C1.xlsx"), std::ios::app);
    edit << ' ';
  }
  std::filesystem::resize_file(File("C2.xlsx"), 100);
  std::filesystem::copy_file(File("C1.xlsx"), File("C3.xlsx"), std::filesystem::copy_options::overwrite_existing);
  std::filesystem::remove(File("overview.xlsx"));
  options.previous = same.states;
  const ReportResult again = Report(options);
  BOOST_TEST(again.files.size() == 4u);
  BOOST_TEST(again.unchanged.empty());
  BOOST_TEST(testing::ReadFile(File("C1.xlsx")).size() == c1.size());
  BOOST_TEST(testing::ReadSheets(File("C3.xlsx"))[0].At("A1").text.find("C3 Hillview") != std::string::npos);
  for (const auto& [path, state] : again.states) BOOST_TEST((state.file == DigestOfFile(path)), path);

  // A state from before the file was recorded (schema 006) is not trusted.
  options.previous = again.states;
  options.previous.at(File("C2.xlsx")).file.reset();
  BOOST_TEST(Report(options).files == std::vector<std::string>{File("C2.xlsx")},
             boost::test_tools::per_element());

  // The next day the days since intake differ: every workbook is new.
  options.previous = again.states;
  options.today = "2026-03-03";
  BOOST_TEST(Report(options).files.size() == 4u);
}

BOOST_AUTO_TEST_CASE(an_ad_hoc_report_leaves_the_nightly_workbooks_alone) {
  ReportOptions nightly;
  nightly.track_changes = true;
  const ReportResult night = Report(nightly);
  std::map<std::string, std::string> before;
  for (const std::string& path : night.files) before[path] = testing::ReadFile(path);
  const ReportResult ad_hoc = Report(Options({"C1"}, "2025-01-01", "2025-06-30"));
  BOOST_TEST(ad_hoc.out_dir == File("2025-01-01_to_2025-06-30"));
  for (const auto& [path, bytes] : before) BOOST_TEST(testing::ReadFile(path) == bytes, path);
  nightly.previous = night.states;
  BOOST_TEST(Report(nightly).files.empty());  // nothing to repair
}

BOOST_AUTO_TEST_CASE(clinic_and_period_options_select_what_is_written_into_a_folder_of_their_own) {
  const ReportResult result = Report(Options({"C2"}, "2026-02-01", "2026-02-28"));
  BOOST_TEST(result.files.size() == 2u);
  BOOST_TEST(result.out_dir == File("2026-02-01_to_2026-02-28"));
  BOOST_TEST(ModeOf(result.out_dir) == 0700u);
  BOOST_TEST(std::filesystem::exists(File(result, "C2.xlsx")));
  BOOST_TEST(std::filesystem::exists(File(result, "overview.xlsx")));
  BOOST_TEST(!std::filesystem::exists(File(result, "C1.xlsx")));
  BOOST_TEST(!std::filesystem::exists(File("C2.xlsx")));  // nothing beside the nightly workbooks
  BOOST_TEST(!std::filesystem::exists(File("overview.xlsx")));
  const auto sheets = testing::ReadSheets(File(result, "C2.xlsx"));
  BOOST_TEST(sheets[0].At("A2").text == "Period 2026-02-01 to 2026-02-28 (both days included); data through 2026-02-28.");
  // A clinic alone, default period: its own folder too.
  const ReportResult one_clinic = Report(Options({"C1"}));
  BOOST_TEST(one_clinic.out_dir == File("2025-04-01_to_2026-03-01"));
  BOOST_CHECK_EXCEPTION(Report(Options({"C9"})), Error,
                        [](const Error& e) { return e.kind() == ErrorKind::kUsage; });
}

BOOST_AUTO_TEST_CASE(hostile_clinic_ids_and_names_stay_inside_the_folder) {
  const std::string long_name(300, 'N');
  Load("../../evil,x,E-1,P-1,2026-02-01,F,50,calf cramp,,\n"
       "CON,x,E-2,P-1,2026-02-01,F,50,calf cramp,,\n"
       "a/b\\c,x,E-3,P-1,2026-02-01,F,50,calf cramp,,\n"
       "overview,x,E-4,P-1,2026-02-01,F,50,calf cramp,,\n"
       "LONG," + long_name + ",E-5,P-1,2026-02-01,F,50,calf cramp,,\n");
  Report();
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out)) names.insert(entry.path().filename().string());
  BOOST_TEST(names.size() == 9u);  // C1-C3, five hostile ones, overview
  for (const std::string& name : names) {
    BOOST_TEST(name.find('/') == std::string::npos);
    BOOST_TEST(name.find('\\') == std::string::npos);
    BOOST_TEST(name.front() != '.');
    BOOST_TEST(!name.starts_with("CON."));
  }
  BOOST_TEST(!std::filesystem::exists(dir.path().parent_path() / "evil.xlsx"));
  // overview.xlsx is still the overview, with a row for the clinic named "overview".
  const auto overview = testing::ReadSheets(File("overview.xlsx"));
  BOOST_TEST(overview[0].name == "Overview");
  BOOST_TEST(DataRows(overview[0]) == 8);
  const auto sheets = testing::ReadSheets(File("LONG.xlsx"));
  BOOST_TEST(sheets[0].At("A1").text.find(long_name) != std::string::npos);  // the title shows it whole
}

BOOST_AUTO_TEST_CASE(a_killed_report_leaves_the_previous_workbook_whole) {
  // Enough data that writing takes a while; kill the report at several moments.
  const std::string export_path = dir.File("big.csv");
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "40000", "--clinics", "2", "--seed", "3",
                                     "--out", export_path}).exit_code == 0);
  BOOST_REQUIRE(testing::RunProgram(testing::CrampwatchCommand(db_path, {"-q", "import", export_path})).exit_code <= 1);
  BOOST_REQUIRE(testing::RunProgram(testing::CrampwatchCommand(db_path, {"-q", "classify"})).exit_code == 0);
  const std::vector<std::string> report =
      testing::CrampwatchCommand(db_path, {"-q", "report", "--out", out, "--threads", "1"});
  BOOST_REQUIRE(testing::RunProgram(report).exit_code == 0);
  for (int delay_ms : {50, 150, 300}) {
    const int pid = testing::StartProgram(report);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    testing::WaitProgram(pid);
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
      const std::string name = entry.path().filename().string();
      if (name.front() == '.') continue;  // the killed run's temporary file
      // Every workbook in place is whole: the previous one or the new one.
      BOOST_TEST(testing::RunProgram({"/usr/bin/unzip", "-tq", entry.path().string()}).exit_code == 0, name);
    }
  }
  BOOST_REQUIRE(testing::RunProgram(report).exit_code == 0);
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    BOOST_TEST(entry.path().filename().string().front() != '.');  // stale temporary files removed
  }
}

BOOST_AUTO_TEST_CASE(a_workbook_that_cannot_be_put_in_place_is_reported_and_the_others_written) {
  std::filesystem::create_directories(std::filesystem::path(File("C2.xlsx")) / "inside");
  ReportOptions options;
  options.track_changes = true;
  const ReportResult result = Report(options);
  BOOST_REQUIRE(result.failures.size() == 1u);
  BOOST_TEST(result.failures[0].path == File("C2.xlsx"));
  BOOST_TEST((result.failures[0].kind == ErrorKind::kCannotCreate));
  BOOST_TEST(result.failures[0].message.rfind(File("C2.xlsx") + ": ", 0) == 0u, result.failures[0].message);
  BOOST_TEST(result.files == (std::vector<std::string>{File("overview.xlsx"), File("C1.xlsx"), File("C3.xlsx")}),
             boost::test_tools::per_element());
  for (const std::string& path : result.files) BOOST_TEST(result.states.at(path).file.has_value(), path);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(File("C2.xlsx")) / "inside"));
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    BOOST_TEST(entry.path().filename().string().front() != '.');  // no private folder left behind
  }
}

BOOST_AUTO_TEST_CASE(an_ad_hoc_folder_planted_as_a_link_is_refused) {
  const testing::TempDir elsewhere;
  std::filesystem::create_directories(out);
  std::filesystem::create_directory_symlink(elsewhere.path(), File("2025-01-01_to_2025-06-30"));
  BOOST_CHECK_THROW(Report(Options({"C1"}, "2025-01-01", "2025-06-30")), Error);
  BOOST_TEST(std::filesystem::is_empty(elsewhere.path()));
}

// The clean-up of a killed report's leftovers once removed, recursively,
// anything named like a temporary file of a process that is gone.
BOOST_AUTO_TEST_CASE(cleaning_up_leaves_user_files_named_like_temporaries_alone) {
  // No process has this pid (above any pid_max), so each looks left by a dead report.
  const std::string dead = "2147483646";
  const std::filesystem::path folder(out);
  std::filesystem::create_directories(folder / (".photos.tmp-" + dead + "-3") / "holiday");
  std::ofstream(folder / (".photos.tmp-" + dead + "-3") / "a.jpg") << "photo";
  std::ofstream(folder / (".budget.xlsx.tmp-" + dead + "-0")) << "budget";
  std::filesystem::create_directory(folder / (".xlsxwriter.tmp-" + dead + "-1"));
  const std::string victim = dir.Write("victim.txt", "keep me");
  std::filesystem::create_symlink(dir.path(), folder / (".crampwatch-" + dead + "-Ab12Cd"));
  // A folder named like ours but holding more than our files: its regular
  // file goes; a folder and a link inside stay, and so does it.
  const std::filesystem::path odd = folder / (".crampwatch-" + dead + "-zzzzzz");
  std::filesystem::create_directories(odd / "sub");
  std::ofstream(odd / "C1.xlsx") << "half a workbook";
  std::filesystem::create_symlink(victim, odd / "link");
  // A killed report's private folder: removed whole.
  const std::filesystem::path stale = folder / (".crampwatch-" + dead + "-q9W8e7");
  std::filesystem::create_directory(stale);
  std::ofstream(stale / "C2.xlsx") << "half a workbook";
  std::filesystem::permissions(odd, std::filesystem::perms::owner_all);
  std::filesystem::permissions(stale, std::filesystem::perms::owner_all);

  Report();
  BOOST_TEST(testing::ReadFile(folder / (".photos.tmp-" + dead + "-3") / "a.jpg") == "photo");
  BOOST_TEST(std::filesystem::is_directory(folder / (".photos.tmp-" + dead + "-3") / "holiday"));
  BOOST_TEST(testing::ReadFile(folder / (".budget.xlsx.tmp-" + dead + "-0")) == "budget");
  BOOST_TEST(std::filesystem::is_directory(folder / (".xlsxwriter.tmp-" + dead + "-1")));
  BOOST_TEST(std::filesystem::is_symlink(folder / (".crampwatch-" + dead + "-Ab12Cd")));
  BOOST_TEST(std::filesystem::exists(dir.File("clinic.db")));
  BOOST_TEST(std::filesystem::is_directory(odd / "sub"));
  BOOST_TEST(!std::filesystem::exists(odd / "C1.xlsx"));
  BOOST_TEST(std::filesystem::is_symlink(odd / "link"));
  BOOST_TEST(testing::ReadFile(victim) == "keep me");
  BOOST_TEST(!std::filesystem::exists(stale));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
