# The vSphere provider's PerformanceManager parser (counter list and QueryPerf answers) and the
# mapping of its answers to samples, fed what a vCenter answers.
add_vantage_fuzzer(fuzz_vsphere_perf vsphere_perf fuzz_vsphere_perf.cpp)
if(fuzz_libfuzzer)
  target_sources(fuzz_vsphere_perf PRIVATE
      ${VANTAGE_SOURCE_ROOT}/core/metrics.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/vspherelogging.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/vsphereperfparser.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/vsphereperfsamples.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/inventory/boundedsoapreader.cpp)
else()
  target_link_libraries(fuzz_vsphere_perf PRIVATE vantage_provider_vmware)
endif()
