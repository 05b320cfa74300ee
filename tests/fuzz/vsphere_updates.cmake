# The vSphere provider's property update parser, fed what WaitForUpdatesEx answers.
add_vantage_fuzzer(fuzz_vsphere_updates vsphere_updates fuzz_vsphere_updates.cpp)
if(fuzz_libfuzzer)
  target_sources(fuzz_vsphere_updates PRIVATE
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/vsphereupdateparser.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/inventory/boundedsoapreader.cpp)
else()
  target_link_libraries(fuzz_vsphere_updates PRIVATE vantage_provider_vmware)
endif()
