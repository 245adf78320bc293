using BackGuide.Pipeline;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>The same input gives byte-identical output: built twice, and built from a copy whose files were created in reverse order.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "backguide-tests", "determinism-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void TheShippedGuide_BuildsByteIdentically_TwiceAndFromFilesCreatedInReverseOrder()
    {
        var reversedInput = Path.Combine(_root, "reversed", "input");
        var reversedTheme = Path.Combine(_root, "reversed", "theme");
        CopyInReverseOrder(Repository.Input, reversedInput);
        CopyInReverseOrder(Repository.Theme, reversedTheme);

        var first = Build(Repository.Input, Repository.Theme, "first");
        var second = Build(Repository.Input, Repository.Theme, "second");
        var reversed = Build(reversedInput, reversedTheme, "reversed-out");

        Assert.True(first.Count > 40, $"only {first.Count} files built");
        Assert.Equal(first, second);
        Assert.Equal(first, reversed);
    }

    private SortedDictionary<string, string> Build(string input, string theme, string name)
    {
        var output = Path.Combine(_root, name);
        var result = new SiteBuilder(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme }).Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return TestSite.SnapshotOf(output);
    }

    /// <summary>Copies a folder creating its folders and files in reverse name order, so the file system lists them differently.</summary>
    private static void CopyInReverseOrder(string from, string to)
    {
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse();
        foreach (var file in files)
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
