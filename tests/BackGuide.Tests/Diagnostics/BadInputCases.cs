using BackGuide.Tests.Support;

namespace BackGuide.Tests.Diagnostics;

/// <summary>
/// The catalogue of bad input: each folder under Cases/BadInput holds an <c>input/</c> (and optionally a <c>theme/</c>)
/// and <c>expected.txt</c>, the exact diagnostics the build must print (none: the build must succeed). Adding a case adds
/// no code. Optional files: <c>generate.txt</c> makes large files at run time (so the repository stays small), and
/// <c>visible.txt</c> lists text a built page must show literally (<c>output-path | text</c>). Every built page is
/// checked for script or event handlers carrying the marker "pwned". Set BACKGUIDE_BLESS=1 to write expected.txt from what the build prints, then review the diff.
/// </summary>
public sealed class BadInputCases
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Cases", "BadInput");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CasesRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Case_GivesExactlyItsExpectedDiagnostics(string name)
    {
        var source = Path.Combine(CasesRoot, name);
        using var site = new TestSite();
        if (Directory.Exists(Path.Combine(source, "input")))
        {
            CopyFolder(Path.Combine(source, "input"), site.InputDirectory);
        }
        CaseGenerator.Run(Path.Combine(source, "generate.txt"), site.Root);
        var hasTheme = Directory.Exists(Path.Combine(source, "theme"));
        if (hasTheme)
        {
            CopyFolder(Path.Combine(source, "theme"), Path.Combine(site.Root, "theme"));
        }

        var result = site.Build(theme: hasTheme ? "theme" : null);

        var actual = result.Diagnostics.Select(d => d.ToString().Replace(site.Root + "/", "", StringComparison.Ordinal)).ToList();
        var expectedFile = Path.Combine(source, "expected.txt");
        if (Environment.GetEnvironmentVariable("BACKGUIDE_BLESS") == "1")
        {
            var repoCase = Path.Combine(Repository.Root, "tests", "BackGuide.Tests", "Cases", "BadInput", name, "expected.txt");
            File.WriteAllText(repoCase, actual.Count == 0 ? "" : string.Join('\n', actual) + "\n");
        }
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
        Assert.All(actual, line => Assert.Matches(@"^[^\s:][^:]*(:\d+(:\d+)?)?: (error|warning) BG\d{4}: \S.{20,}$", line));
        Assert.DoesNotContain(actual, line => line.Contains("   at ", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal));
        if (expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)))
        {
            Assert.False(result.Succeeded);
            Assert.False(Directory.Exists(site.OutputDirectory), "a failed build must not write the output folder");
        }
        else
        {
            Assert.True(result.Succeeded);
            Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")) || Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Any());
            BuiltPages.AssertNothingInjected(site.OutputDirectory);
            BuiltPages.AssertVisible(Path.Combine(source, "visible.txt"), site.OutputDirectory);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
