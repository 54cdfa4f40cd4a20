// Tests of the output folder checks: shared folders refused unless allowed, ad hoc folders ours only.
#include "report/output_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "test_support.h"
#include "util/error.h"

namespace crampwatch::report {

BOOST_AUTO_TEST_SUITE(output_folder)

BOOST_AUTO_TEST_CASE(shared_writable_means_group_or_others_without_the_sticky_bit) {
  BOOST_TEST(!IsSharedWritable(S_IFDIR | 0700));
  BOOST_TEST(!IsSharedWritable(S_IFDIR | 02750));
  BOOST_TEST(IsSharedWritable(S_IFDIR | 0770));
  BOOST_TEST(IsSharedWritable(S_IFDIR | 02770));
  BOOST_TEST(IsSharedWritable(S_IFDIR | 0702));
  BOOST_TEST(!IsSharedWritable(S_IFDIR | 01777));
  BOOST_TEST(!IsSharedWritable(S_IFDIR | 01770));
}

BOOST_AUTO_TEST_CASE(a_shared_out_is_a_usage_error_unless_allowed_and_a_file_cannot_be_created) {
  const testing::TempDir dir;
  const std::string out = dir.File("out");
  std::filesystem::create_directory(out);
  BOOST_REQUIRE(chmod(out.c_str(), 0777) == 0);
  BOOST_CHECK_EXCEPTION(OpenOutputFolder(out, false), Error,
                        [](const Error& error) { return error.kind() == ErrorKind::kUsage; });
  BOOST_CHECK_THROW(CheckOutputFolder(out, false), Error);
  BOOST_CHECK_NO_THROW(OpenOutputFolder(out, true));
  CheckOutputFolder(dir.File("missing"), false);  // made 0700 later: nothing to check
  BOOST_TEST(!std::filesystem::exists(dir.File("missing")));
  const std::string file = dir.Write("file", "x");
  BOOST_CHECK_EXCEPTION(CheckOutputFolder(file, true), Error, [&](const Error& error) {
    return error.kind() == ErrorKind::kCannotCreate && std::string(error.what()) == "--out " + file + ": not a folder";
  });
}

BOOST_AUTO_TEST_CASE(an_ad_hoc_folder_must_be_ours_and_not_a_link) {
  const testing::TempDir dir;
  const testing::TempDir elsewhere;
  const Folder out = OpenOutputFolder(dir.File("out"), false);
  std::filesystem::create_directory_symlink(elsewhere.path(), dir.path() / "out" / "2026-01-01_to_2026-01-31");
  BOOST_CHECK_THROW(OpenReportSubfolder(out, "2026-01-01_to_2026-01-31", true), Error);
  std::filesystem::create_directory(dir.path() / "out" / "theirs");
  BOOST_REQUIRE(chown((dir.path() / "out" / "theirs").c_str(), 65534, 65534) == 0 || geteuid() != 0);
  if (geteuid() == 0) BOOST_CHECK_THROW(OpenReportSubfolder(out, "theirs", true), Error);
  const Folder made = OpenReportSubfolder(out, "2026-02-01_to_2026-02-28", false);
  struct stat info {};
  BOOST_REQUIRE(stat(made.path().c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 07777) == 0700u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
