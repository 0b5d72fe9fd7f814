print("proctor-bench: runtime benchmarks")
