using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*MarkdownParse*' --job short
// dotnet run -c Release --project bench/BackGuide.Benchmarks -- limit [--pages 4000] [--runs 5]   (the limit estimate, not BenchmarkDotNet)
// Reports go to bench/work/benchmarkdotnet/ (git-ignored) unless --artifacts says otherwise.
if (args.Length > 0 && args[0] == "limit")
{
    return BackGuide.Benchmarks.LimitEstimate.Run(args);
}
var root = Directory.GetCurrentDirectory();
while (Path.GetDirectoryName(root) is { } parent && !File.Exists(Path.Combine(root, "BackGuide.sln")))
{
    root = parent;
}
var artifacts = File.Exists(Path.Combine(root, "BackGuide.sln"))
    ? Path.Combine(root, "bench", "work", "benchmarkdotnet")
    : Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
BenchmarkSwitcher.FromAssembly(typeof(BackGuide.Benchmarks.StepBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithArtifactsPath(artifacts));
return 0;
