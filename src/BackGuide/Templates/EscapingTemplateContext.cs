using System.Buffers;
using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BackGuide.Templates;

/// <summary>
/// The Scriban context every page renders in. It HTML-escapes every value a template writes (<c>&amp; &lt; &gt; " '</c>)
/// unless the value is <see cref="TrustedHtml"/>, so a writer cannot forget to escape and a title cannot inject markup;
/// the template's own text is written as it is. Its settings are chosen for a site, not left at Scriban's defaults:
/// empty text and empty lists are false, loops over thousands of pages are allowed, output is never truncated,
/// nothing is re-indented, and line ends are '\n' on every system.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Enough for any real site (a 50,000-page list inside a few nested loops), finite so a theme's endless loop stops.</summary>
    private const int MaximumLoopSteps = 50_000_000;

    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        MemberRenamer = StandardMemberRenamer.Default; // PascalCase properties are snake_case in templates: CrumbTitle → crumb_title
        LoopLimit = MaximumLoopSteps;
        LimitToString = 0;
        AutoIndent = false;
        IndentOnEmptyLines = false;
        NewLine = "\n";
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case WrittenHtml written when Output is TemplateOutput output:
                written.WriteTo(output.Writer);
                return this;
            case TrustedHtml html:
                Write(html.ToString());
                return this;
            case string text:
                WriteEscaped(text);
                return this;
            default:
                WriteEscaped(ObjectToString(textAsObject) ?? "");
                return this;
        }
    }

    /// <summary>Scriban counts "" and [] as true; a site's templates mean "is there anything to show".</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        TrustedHtml => true, // the engine makes none for nothing, and a print body can be read only once
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    private void WriteEscaped(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.AsSpan(start).IndexOfAny(Special);
            if (next < 0)
            {
                Write(text, start, text.Length - start);
                return;
            }
            if (next > 0)
            {
                Write(text, start, next);
            }
            Write(text[start + next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            start += next + 1;
        }
    }
}
