// Tests of Sha256 against the FIPS 180-2 examples.
#include "util/sha256.h"

#include <boost/test/unit_test.hpp>

namespace crampwatch {

BOOST_AUTO_TEST_SUITE(sha256)

BOOST_AUTO_TEST_CASE(known_digests) {
  Sha256 empty;
  BOOST_TEST(empty.HexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  Sha256 abc;
  abc.Update("a");
  abc.Update("bc");  // pieces give the same digest as the whole
  BOOST_TEST(abc.HexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
