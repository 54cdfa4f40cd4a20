// Tests of DigestOfFile: a file's size and SHA-256, and "cannot tell" for what is not a file of ours.
#include "util/file_digest.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "test_support.h"

namespace crampwatch {

BOOST_AUTO_TEST_SUITE(file_digest)

BOOST_AUTO_TEST_CASE(size_and_sha256_of_the_bytes) {
  const testing::TempDir dir;
  const std::optional<FileDigest> abc = DigestOfFile(dir.Write("abc", "abc"));
  BOOST_REQUIRE(abc.has_value());
  BOOST_TEST(abc->size == 3);
  BOOST_TEST(abc->sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::optional<FileDigest> empty = DigestOfFile(dir.Write("empty", ""));
  BOOST_REQUIRE(empty.has_value());
  BOOST_TEST(empty->size == 0);
  BOOST_TEST(empty->sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // Larger than one read: 3 MiB.
  const std::string big(3u << 20, 'x');
  const std::optional<FileDigest> large = DigestOfFile(dir.Write("big", big));
  BOOST_REQUIRE(large.has_value());
  BOOST_TEST(large->size == static_cast<std::int64_t>(big.size()));
  BOOST_TEST((*large == *DigestOfFile(dir.Write("big2", big))));
  BOOST_TEST(!(*large == *abc));
}

BOOST_AUTO_TEST_CASE(nothing_for_a_missing_file_a_folder_or_a_link) {
  const testing::TempDir dir;
  BOOST_TEST(!DigestOfFile(dir.File("missing")).has_value());
  BOOST_TEST(!DigestOfFile(dir.path().string()).has_value());
  const std::string target = dir.Write("target", "abc");
  std::filesystem::create_symlink(target, dir.path() / "link");
  BOOST_TEST(!DigestOfFile(dir.File("link")).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
