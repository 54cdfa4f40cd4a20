// Tests of RunEndNote: the line a run leaves in its lock file when the database refuses its end.
#include "cli/run_end_note.h"

#include <boost/test/unit_test.hpp>

namespace crampwatch::cli {

BOOST_AUTO_TEST_SUITE(run_end_note)

BOOST_AUTO_TEST_CASE(a_note_reads_back_as_written) {
  const std::string text = FormatRunEndNote({.run_id = 12, .finished_at = "2026-11-26T02:16:00Z", .exit_code = 74});
  BOOST_TEST(text == "run 12 ended 2026-11-26T02:16:00Z exit 74");
  const std::optional<RunEndNote> note = ParseRunEndNote(text);
  BOOST_REQUIRE(note);
  BOOST_TEST(note->run_id == 12);
  BOOST_TEST(note->finished_at == "2026-11-26T02:16:00Z");
  BOOST_TEST(note->exit_code == 74);
}

BOOST_AUTO_TEST_CASE(anything_else_is_no_note) {
  for (const char* text : {"", "12345", "run x ended 2026-11-26T02:16:00Z exit 74", "run 12 ended  exit 74",
                           "run 12 ended 2026-11-26T02:16:00Z exit", "run 12 ended 2026-11-26T02:16:00Z exit 74 more"}) {
    BOOST_TEST(!ParseRunEndNote(text), text);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
