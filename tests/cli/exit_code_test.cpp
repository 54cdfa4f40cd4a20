// Tests of the exit code table.
#include "cli/exit_code.h"

#include <boost/test/unit_test.hpp>
#include <set>

namespace crampwatch::cli {

BOOST_AUTO_TEST_SUITE(exit_code)

BOOST_AUTO_TEST_CASE(codes_follow_sysexits_and_are_distinct) {
  BOOST_TEST(ExitCode(Outcome::kOk) == 0);
  BOOST_TEST(ExitCode(Outcome::kRowsRejected) == 1);
  BOOST_TEST(ExitCode(Outcome::kUsage) == 64);
  BOOST_TEST(ExitCode(Outcome::kBadInput) == 65);
  BOOST_TEST(ExitCode(Outcome::kNoInput) == 66);
  BOOST_TEST(ExitCode(Outcome::kInternal) == 70);
  BOOST_TEST(ExitCode(Outcome::kCannotCreate) == 73);
  BOOST_TEST(ExitCode(Outcome::kDatabase) == 74);
  BOOST_TEST(ExitCode(Outcome::kTryLater) == 75);
  BOOST_TEST(ExitCode(Outcome::kInterrupted) == 130);
  BOOST_TEST(ExitCode(Outcome::kTerminated) == 143);
  std::set<int> codes;
  for (const OutcomeInfo& info : AllOutcomes()) codes.insert(info.exit_code);
  BOOST_TEST(codes.size() == AllOutcomes().size());
}

BOOST_AUTO_TEST_CASE(the_most_serious_outcome_wins) {
  BOOST_TEST(ExitCode(MostSerious(Outcome::kOk, Outcome::kRowsRejected)) == 1);
  BOOST_TEST(ExitCode(MostSerious(Outcome::kBadInput, Outcome::kRowsRejected)) == 65);
  BOOST_TEST(ExitCode(MostSerious(Outcome::kDatabase, Outcome::kBadInput)) == 74);
  BOOST_TEST(ExitCode(MostSerious(Outcome::kNoInput, Outcome::kBadInput)) == 66);
}

BOOST_AUTO_TEST_CASE(every_error_kind_has_an_outcome) {
  BOOST_TEST(ExitCode(OutcomeOf(ErrorKind::kTryLater)) == 75);
  BOOST_TEST(ExitCode(OutcomeOf(ErrorKind::kCannotCreate)) == 73);
  BOOST_TEST(ExitCode(OutcomeOf(ErrorKind::kDatabase)) == 74);
  BOOST_TEST(ExitCode(OutcomeOf(ErrorKind::kUsage)) == 64);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
