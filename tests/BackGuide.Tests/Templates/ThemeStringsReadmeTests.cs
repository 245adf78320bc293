using System.Text.RegularExpressions;
using BackGuide.Content;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>theme/README.md's table of strings is the designers' list: every name the theme has, in the theme's order.</summary>
public sealed class ThemeStringsReadmeTests
{
    [Fact]
    public void TheReadmeTable_ListsEveryString_InOrder()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "theme", "README.md"));
        var table = readme[readme.IndexOf("| Name | Default |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        var listed = Regex.Matches(table, @"^\| `([a-z0-9_]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Equal(ThemeStrings.Names, listed);
    }
}
