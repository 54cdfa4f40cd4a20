// Tests of Folder: folders opened or made 0700, and nothing changed that crampwatch did not make.
#include "util/folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "test_support.h"
#include "util/error.h"

namespace crampwatch {
namespace {

unsigned ModeOf(const std::filesystem::path& path) {
  struct stat info {};
  BOOST_REQUIRE(lstat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(folder)

BOOST_AUTO_TEST_CASE(makes_missing_folders_0700_under_any_umask_and_leaves_existing_ones_alone) {
  const testing::TempDir dir;
  const mode_t previous = umask(0777);
  {
    const Folder made = Folder::OpenOrCreate(dir.File("a/b/"));
    BOOST_TEST(made.path() == dir.File("a/b/"));
    BOOST_TEST(ModeOf(dir.path() / "a") == 0700u);
    BOOST_TEST(ModeOf(dir.path() / "a" / "b") == 0700u);
  }
  umask(previous);
  std::filesystem::create_directory(dir.path() / "mine");
  BOOST_REQUIRE(chmod(dir.File("mine").c_str(), 0755) == 0);
  const Folder existing = Folder::OpenOrCreate(dir.File("mine"));
  BOOST_TEST(ModeOf(dir.path() / "mine") == 0755u);
  bool created = true;
  const Folder child = existing.OpenOrCreateChild("child", &created);
  BOOST_TEST(created);
  BOOST_TEST(child.path() == dir.File("mine/child"));
  existing.OpenOrCreateChild("child", &created);
  BOOST_TEST(!created);
}

BOOST_AUTO_TEST_CASE(a_file_or_a_link_to_one_is_not_a_folder_and_keeps_its_mode) {
  const testing::TempDir dir;
  const std::string file = dir.Write("file", "x");
  BOOST_REQUIRE(chmod(file.c_str(), 0644) == 0);
  std::filesystem::create_symlink(file, dir.path() / "link");
  for (const std::string& path : {file, dir.File("link")}) {
    BOOST_CHECK_EXCEPTION(Folder::OpenOrCreate(path), Error, [&](const Error& error) {
      return error.kind() == ErrorKind::kCannotCreate &&
             std::string(error.what()).rfind(path + ": not a folder", 0) == 0;
    });
  }
  BOOST_TEST(ModeOf(file) == 0644u);
  // A link to a folder is followed when named by the caller, never as a child.
  std::filesystem::create_directory(dir.path() / "real");
  std::filesystem::create_symlink(dir.path() / "real", dir.path() / "to-real");
  const Folder followed = Folder::OpenOrCreate(dir.File("to-real"));
  const Folder parent = Folder::Open(dir.path().string());
  BOOST_CHECK_THROW(parent.OpenOrCreateChild("to-real"), Error);
  BOOST_CHECK_THROW(parent.OpenOrCreateChild("file"), Error);
}

BOOST_AUTO_TEST_CASE(files_land_in_the_folder_opened_even_after_it_is_renamed) {
  const testing::TempDir dir;
  const Folder folder = Folder::OpenOrCreate(dir.File("out"));
  std::filesystem::rename(dir.path() / "out", dir.path() / "moved");
  std::filesystem::create_directory(dir.path() / "out");
  const std::string through_proc = folder.DescriptorPath() + "/made";
  const int fd = open(through_proc.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  BOOST_REQUIRE(fd >= 0);
  close(fd);
  BOOST_TEST(std::filesystem::exists(dir.path() / "moved" / "made"));
  BOOST_TEST(std::filesystem::is_empty(dir.path() / "out"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
