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
        return Visible($"{where}: {kind} {Code}: {Message}");
    }

    /// <summary>
    /// Shows invisible characters as <c>&lt;U+202E&gt;</c>: control characters, and format characters such as bidi
    /// overrides and zero-width spaces, which in a file name would make a terminal show a different name than the real one.
    /// </summary>
    public static string Visible(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var shown = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            shown.Append(NeedsEscape(c) ? $"<U+{(int)c:X4}>" : c.ToString());
        }
        return shown.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;

    /// <summary>The GitHub Actions workflow-command form, shown as an annotation on the file.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var props = $"file={EscapeProperty(File)}";
        if (Line > 0)
        {
            props += $",line={Line}";
        }
        if (Column > 0)
        {
            props += $",col={Column}";
        }
        return $"::{kind} {props},title={Code}::{EscapeData(Message)}";
    }

    /// <summary>
    /// GitHub's escaping of a workflow command's message: a file name or message holding a line break could otherwise
    /// start a command of its own (a forged <c>::warning</c>, or <c>::add-mask::</c>).
    /// </summary>
    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property's value also may not hold the ',' and ':' that separate properties and end them.</summary>
    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
