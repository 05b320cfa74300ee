# bench_qemu: the real hypervisor lane (scripts/qemu-lane.sh, needs root). The full run measures
# idle CPU over 60 s; the smoke run over 5 s. Skipped (exit 77) where the lane cannot run.
add_executable(bench_qemu bench_qemu.cpp)
target_link_libraries(bench_qemu PRIVATE vantage_core vantage_provider_libvirt
                      vantage_test_support)
add_test(NAME bench_qemu_smoke COMMAND bench_qemu --duration 5 --samples 2)
set_tests_properties(bench_qemu_smoke PROPERTIES LABELS qemu TIMEOUT 600 SKIP_RETURN_CODE 77
                     RESOURCE_LOCK qemu-lane)
