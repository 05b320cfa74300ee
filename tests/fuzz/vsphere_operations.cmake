# The vSphere provider's operation parser (task infos, a VM's properties and devices), fed what a
# property collector answers. Seeds: captured from tests/vcsim.
add_vantage_fuzzer(fuzz_vsphere_operations vsphere_operations fuzz_vsphere_operations.cpp)
if(fuzz_libfuzzer)
  target_sources(fuzz_vsphere_operations PRIVATE
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/vsphereoperationparser.cpp
      ${VANTAGE_SOURCE_ROOT}/providers/vmware/inventory/boundedsoapreader.cpp)
else()
  target_link_libraries(fuzz_vsphere_operations PRIVATE vantage_provider_vmware)
endif()
