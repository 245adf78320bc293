namespace BackGuide.Diagnostics;

/// <summary>One problem found in the content or theme, pointing at a file and, where known, a line and column.</summary>
/// <param name="File">Path as shown to the user (relative to the working folder where possible).</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>The compiler form: <c>input/exercises/x.md:4:3: error BG0102: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind} {Code}: {Message}";
    }

    /// <summary>The GitHub Actions workflow-command form, shown as an annotation on the file.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var props = $"file={File}";
        if (Line > 0)
        {
            props += $",line={Line}";
        }
        if (Column > 0)
        {
            props += $",col={Column}";
        }
        var message = Message.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return $"::{kind} {props},title={Code}::{message}";
    }
}
