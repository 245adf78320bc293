namespace BackGuide.Tests.Support;

/// <summary>Paths in the repository this test run comes from (the shipped guide and theme).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "BackGuide.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Could not find BackGuide.sln above the test folder.");
    }
}
