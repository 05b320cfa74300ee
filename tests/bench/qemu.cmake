# bench_qemu (being built)
