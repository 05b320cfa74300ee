# bench_vmware: a full refresh of a vCenter simulator; the smoke run uses a small model.
add_executable(bench_vmware bench_vmware.cpp)
target_link_libraries(bench_vmware PRIVATE vantage_core vantage_provider_vmware
                      vantage_vcsim_support vantage_test_support)
add_test(NAME bench_vmware_smoke COMMAND bench_vmware --clusters 2 --hosts 2 --vms 10)
set_tests_properties(bench_vmware_smoke PROPERTIES TIMEOUT 300)
