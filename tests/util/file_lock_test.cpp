// Tests of FileLock: one holder at a time, waiting, and no stale locks.
#include "util/file_lock.h"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <optional>
#include <thread>

#include "test_support.h"
#include "util/error.h"

namespace crampwatch {

BOOST_AUTO_TEST_SUITE(file_lock)

BOOST_AUTO_TEST_CASE(a_second_holder_is_refused_with_try_later_naming_the_first) {
  const testing::TempDir dir;
  const std::string path = dir.File("clinic.db.lock");
  const FileLock first(path, 0);
  try {
    const FileLock second(path, 0);
    BOOST_FAIL("locked twice");
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kTryLater));
    const std::string message = error.what();
    BOOST_TEST(message.find(path + ": another crampwatch run holds the lock (pid " +
                            std::to_string(getpid()) + ")") != std::string::npos, message);
  }
  struct stat info {};
  BOOST_REQUIRE(stat(path.c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 07777) == 0600u);
}

BOOST_AUTO_TEST_CASE(waiting_gets_the_lock_once_it_is_released) {
  const testing::TempDir dir;
  const std::string path = dir.File("clinic.db.lock");
  std::optional<FileLock> first(std::in_place, path, 0);
  std::jthread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    first.reset();
  });
  const auto started = std::chrono::steady_clock::now();
  const FileLock second(path, 5);
  BOOST_TEST((std::chrono::steady_clock::now() - started < std::chrono::seconds(4)));
}

BOOST_AUTO_TEST_CASE(a_lock_file_left_by_a_dead_process_does_not_block) {
  const testing::TempDir dir;
  const std::string path = dir.Write("clinic.db.lock", "999999\n");  // no process holds it
  const FileLock lock(path, 0);
  BOOST_TEST(testing::ReadFile(path) == std::to_string(getpid()) + "\n");
}

BOOST_AUTO_TEST_CASE(a_note_outlives_the_holder_for_the_next_one_and_for_readers) {
  const testing::TempDir dir;
  const std::string path = dir.File("clinic.db.lock");
  {
    const FileLock first(path, 0);
    BOOST_TEST(first.previous_note().empty());
    BOOST_TEST(first.WriteNote("run 2 ended 2026-11-26T02:16:00Z exit 74"));
  }
  BOOST_TEST(ReadLockNote(path) == "run 2 ended 2026-11-26T02:16:00Z exit 74");
  const FileLock second(path, 0);
  BOOST_TEST(second.previous_note() == "run 2 ended 2026-11-26T02:16:00Z exit 74");
  BOOST_TEST(ReadLockNote(path).empty());  // taken over: only the new pid
  BOOST_TEST(testing::ReadFile(path) == std::to_string(getpid()) + "\n");
}

// Whoever can write the lock file's folder must not be able to make a run
// overwrite another file of its user's: the pid would be written into it.
BOOST_AUTO_TEST_CASE(a_hard_link_to_another_file_is_refused_and_that_file_kept) {
  const testing::TempDir dir;
  const std::string other = dir.Write("clinic.db", "precious bytes");
  const std::string path = dir.File("clinic.db.lock");
  BOOST_REQUIRE(link(other.c_str(), path.c_str()) == 0);
  try {
    const FileLock lock(path, 0);
    BOOST_FAIL("a hard link was used as the lock file");
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kCannotCreate));
    const std::string message = error.what();
    BOOST_TEST(message.find(path + ": refusing to use this lock file: it has 2 hard links") != std::string::npos,
               message);
  }
  BOOST_TEST(testing::ReadFile(other) == "precious bytes");
}

BOOST_AUTO_TEST_CASE(a_symbolic_link_is_refused) {
  const testing::TempDir dir;
  const std::string other = dir.Write("clinic.db", "precious bytes");
  const std::string path = dir.File("clinic.db.lock");
  BOOST_REQUIRE(symlink(other.c_str(), path.c_str()) == 0);
  BOOST_CHECK_THROW(FileLock(path, 0), Error);
  BOOST_TEST(testing::ReadFile(other) == "precious bytes");
}

BOOST_AUTO_TEST_CASE(a_lock_file_of_another_user_is_refused) {
  const testing::TempDir dir;
  const std::string path = dir.Write("clinic.db.lock", "12345\n");
  const uid_t other_user = geteuid() == 0 ? 65534 : geteuid();  // only root can give a file away
  if (other_user == geteuid() || chown(path.c_str(), other_user, static_cast<gid_t>(-1)) != 0) {
    BOOST_TEST_MESSAGE("skipped: cannot give a file to another user here");
    return;
  }
  try {
    const FileLock lock(path, 0);
    BOOST_FAIL("another user's file was used as the lock file");
  } catch (const Error& error) {
    BOOST_TEST(std::string(error.what()).find("belongs to user id 65534") != std::string::npos, error.what());
  }
  BOOST_TEST(testing::ReadFile(path) == "12345\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
