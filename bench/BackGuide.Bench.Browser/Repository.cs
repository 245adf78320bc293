namespace BackGuide.Bench.Browser;

/// <summary>Paths in the repository this program runs from (found by walking up to <c>BackGuide.sln</c>).</summary>
public static class Repository
{
    private static readonly Lazy<string> FoundRoot = new(FindRoot);

    public static string Root => FoundRoot.Value;

    public static string Input => Path.Combine(Root, "input");

    /// <summary>bench/work: git-ignored, shared with bench/run.sh.</summary>
    public static string Work => Path.Combine(Root, "bench", "work");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(Path.Combine(folder, "BackGuide.sln")))
                {
                    return folder;
                }
            }
        }
        throw new BenchFailedException("run this from inside the BackGuide repository (no BackGuide.sln found above the current folder).");
    }
}
