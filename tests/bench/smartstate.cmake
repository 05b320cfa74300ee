# bench_smartstate: a Debian-like qcow2 (1 GiB virtual by default) scanned once; the smoke run
# uses a small image.
add_executable(bench_smartstate bench_smartstate.cpp)
target_link_libraries(bench_smartstate PRIVATE vantage_core vantage_test_support
                      vantage_smartstate_test_support)
add_test(NAME bench_smartstate_smoke
         COMMAND bench_smartstate --size-mib 64 --packages 40 --files 200 --users 5)
set_tests_properties(bench_smartstate_smoke PROPERTIES TIMEOUT 300)
