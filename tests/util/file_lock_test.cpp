// Tests of FileLock: one holder at a time, waiting, and no stale locks.
#include "util/file_lock.h"

#include <sys/stat.h>

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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
