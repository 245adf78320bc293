using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*Markdown*' --job short
BenchmarkSwitcher.FromAssembly(typeof(BackGuide.Benchmarks.StepBenchmarks).Assembly).Run(args);
