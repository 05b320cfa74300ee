# bench_vmware: a full refresh of a vCenter simulator; the smoke run uses a small model.
add_executable(bench_vmware bench_vmware.cpp)
target_link_libraries(bench_vmware PRIVATE vantage_core vantage_provider_vmware vantage_ui
                      vantage_vcsim_support vantage_test_support)
# The power-change figure's session reads its credentials from a keychain.
add_test(NAME bench_vmware_smoke COMMAND ${VANTAGE_SOURCE_ROOT}/tests/with-keyring.sh
         $<TARGET_FILE:bench_vmware> --clusters 2 --hosts 2 --vms 10)
set_tests_properties(bench_vmware_smoke PROPERTIES TIMEOUT 300)
