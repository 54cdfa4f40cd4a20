# Integration test: the report of sample-data/, read back with openpyxl
# (tests/report/check_workbooks.py) and checked against the database. Run by
# CTest with -DCRAMPWATCH, -DPYTHON, -DCHECKER, -DSAMPLE_DIR and -DWORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB exports "${SAMPLE_DIR}/*.csv")
list(SORT exports)

execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/sample.db" --quiet import ${exports}
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(result GREATER 1)
  message(FATAL_ERROR "import exited ${result}:\n${log}")
endif()
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/sample.db" --quiet classify
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "classify exited ${result}:\n${log}")
endif()
execute_process(COMMAND "${CRAMPWATCH}" --db "${WORK_DIR}/sample.db" report --out "${WORK_DIR}/reports"
                RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "report exited ${result}:\n${log}")
endif()
message(STATUS "${log}")
execute_process(COMMAND "${PYTHON}" "${CHECKER}" "${WORK_DIR}/reports" "${WORK_DIR}/sample.db"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "check_workbooks.py exited ${result}:\n${out}${err}")
endif()
