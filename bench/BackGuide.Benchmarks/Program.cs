using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/BackGuide.Benchmarks -- --filter '*MarkdownParse*' --job short
// Reports go to bench/work/benchmarkdotnet/ (git-ignored) unless --artifacts says otherwise.
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
