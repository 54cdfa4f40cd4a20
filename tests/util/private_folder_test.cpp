// Tests of PrivateFolder: fresh 0700 folders, and the clean-up of a killed process's ones only.
#include "util/private_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace crampwatch {

BOOST_AUTO_TEST_SUITE(private_folder)

BOOST_AUTO_TEST_CASE(names_of_private_folders) {
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-123-aB3dE9") == 123);
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-123-aB3dE") == 0);    // five random characters
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-123-aB3dE9x") == 0);  // seven
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch--aB3dE9") == 0);
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-12a-aB3dE9") == 0);
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-123-aB3.E9") == 0);
  BOOST_TEST(OwnerOfPrivateFolder(".crampwatch-99999999999-aB3dE9") == 0);
  BOOST_TEST(OwnerOfPrivateFolder(".CLN-1.xlsx.tmp-123-0") == 0);
  BOOST_TEST(OwnerOfPrivateFolder("crampwatch-123-aB3dE9") == 0);
}

BOOST_AUTO_TEST_CASE(is_fresh_0700_and_removed_with_its_files) {
  const testing::TempDir dir;
  const Folder parent = Folder::Open(dir.path().string());
  std::filesystem::path path;
  {
    const mode_t previous = umask(0777);
    const PrivateFolder first(parent);
    const PrivateFolder second(parent);
    umask(previous);
    path = first.folder().path();
    BOOST_TEST(path.parent_path() == dir.path());
    BOOST_TEST(OwnerOfPrivateFolder(path.filename().string()) == getpid());
    BOOST_TEST(second.folder().path() != first.folder().path());
    struct stat info {};
    BOOST_REQUIRE(lstat(path.c_str(), &info) == 0);
    BOOST_TEST(S_ISDIR(info.st_mode));
    BOOST_TEST((info.st_mode & 07777) == 0700u);
    std::ofstream(path / "workbook.xlsx") << "bytes";
  }
  BOOST_TEST(std::filesystem::is_empty(dir.path()));
}

BOOST_AUTO_TEST_CASE(a_folder_renamed_away_is_not_confused_with_what_took_its_name) {
  const testing::TempDir dir;
  const Folder parent = Folder::Open(dir.path().string());
  std::filesystem::path path;
  {
    const PrivateFolder folder(parent);
    path = folder.folder().path();
    std::ofstream(path / "workbook.xlsx") << "bytes";
    std::filesystem::rename(path, dir.path() / "moved");
    std::filesystem::create_directory(path);  // someone else's, empty
  }
  BOOST_TEST(std::filesystem::is_directory(path));
  BOOST_TEST(std::filesystem::is_empty(dir.path() / "moved"));  // its files still went
}

BOOST_AUTO_TEST_CASE(stale_folders_of_live_processes_stay) {
  const testing::TempDir dir;
  const Folder parent = Folder::Open(dir.path().string());
  const std::filesystem::path live = dir.path() / (".crampwatch-" + std::to_string(getppid()) + "-abcdef");
  std::filesystem::create_directory(live);
  std::filesystem::permissions(live, std::filesystem::perms::owner_all);
  std::ofstream(live / "CLN-1.xlsx") << "being written";
  const std::filesystem::path open_mode = dir.path() / ".crampwatch-2147483646-abcdef";
  std::filesystem::create_directory(open_mode);
  std::filesystem::permissions(open_mode, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                              std::filesystem::perms::group_exec);
  std::ofstream(open_mode / "CLN-1.xlsx") << "not 0700: not ours";
  RemoveStalePrivateFolders(parent);
  BOOST_TEST(std::filesystem::exists(live / "CLN-1.xlsx"));
  BOOST_TEST(std::filesystem::exists(open_mode / "CLN-1.xlsx"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
