using BackGuide.Diagnostics;

namespace BackGuide.Tests.Diagnostics;

/// <summary>A file name or message cannot start a workflow command of its own in GitHub Actions' log.</summary>
public sealed class GitHubAnnotationTests
{
    [Theory]
    [InlineData("input/x\n::warning file=forged::pwned.md", "a message")]
    [InlineData("input/x.md", "line one\r\n::add-mask::secret")]
    [InlineData("input/a,line=99:b%0A.md", "100% sure")]
    public void AnAnnotation_IsOneLine_WithEveryPropertyEscaped(string file, string message)
    {
        var annotation = new Diagnostic(file, 4, 3, Severity.Error, "BG0102", message).ToGitHubAnnotation();

        Assert.DoesNotContain('\n', annotation);
        Assert.DoesNotContain('\r', annotation);
        var props = annotation["::error ".Length..annotation.IndexOf("::", 2, StringComparison.Ordinal)];
        Assert.Equal(["file", "line", "col", "title"], props.Split(',').Select(p => p.Split('=')[0]));
        Assert.StartsWith("::error file=", annotation, StringComparison.Ordinal);
    }
}
