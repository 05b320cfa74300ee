# bench_smartstate
