# Smoke test: import sample-data/ into a fresh database and query it, as the README's
# first command does. Run by CTest with -DCRAMPWATCH, -DSAMPLE_DIR and -DWORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB exports "${SAMPLE_DIR}/*.csv")
list(SORT exports)
list(LENGTH exports export_count)
if(export_count LESS 3)
  message(FATAL_ERROR "expected sample exports in ${SAMPLE_DIR}, found ${export_count}")
endif()

# Rows rejected on purpose make the exit code 1; anything else is a failure.
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" import ${exports}
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 1)
  message(FATAL_ERROR "import exited ${result}, expected 1 (sample rows rejected on purpose):\n${log}")
endif()

# The same files again change nothing.
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" import ${exports}
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0 OR NOT log MATCHES "skipped")
  message(FATAL_ERROR "re-import exited ${result} without skipping:\n${log}")
endif()

execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" query
                        "SELECT count(*) AS n FROM v_intake" --format csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
string(REGEX MATCH "[0-9]+" intakes "${out}")
if(NOT result EQUAL 0 OR intakes LESS 400)
  message(FATAL_ERROR "expected 400+ intakes, query exited ${result}: ${out}")
endif()

# sample-data/README.md lists twelve rows that are bad on purpose.
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" query
                        "SELECT count(*) FROM v_reject" --format csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
string(REGEX MATCH "[0-9]+" rejects "${out}")
if(NOT result EQUAL 0 OR NOT rejects EQUAL 12)
  message(FATAL_ERROR "expected the 12 rejects sample-data/README.md lists, found ${rejects}")
endif()

# Classify: every record gets a verdict, about half are cramp complaints.
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" classify
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "classify exited ${result}:\n${log}")
endif()
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/smoke.db" query
                        "SELECT sum(is_cramp IS NULL) || ' ' || sum(is_cramp) FROM v_intake" --format csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
string(REGEX MATCH "([0-9]+) ([0-9]+)" matched "${out}")
if(NOT result EQUAL 0 OR NOT CMAKE_MATCH_1 EQUAL 0 OR CMAKE_MATCH_2 LESS 150)
  message(FATAL_ERROR "expected every record classified and 150+ cramp complaints: ${out}")
endif()
message(STATUS "sample data: ${intakes} intakes, ${rejects} rejects, ${CMAKE_MATCH_2} cramp complaints")
