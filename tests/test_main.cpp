// The Boost.Test entry point of crampwatch_tests.
#define BOOST_TEST_MODULE crampwatch
#include <boost/test/unit_test.hpp>
