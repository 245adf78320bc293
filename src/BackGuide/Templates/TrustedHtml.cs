namespace BackGuide.Templates;

/// <summary>
/// HTML the engine made and vouches for — a page's rendered Markdown, its body inside the layout, JSON-LD, the print
/// document's bodies — which a template writes as it is. Every other value a template writes is escaped. Only the
/// engine can make one: a theme cannot turn its own text into trusted HTML.
/// </summary>
public class TrustedHtml
{
    private readonly string _html;

    internal TrustedHtml(string html) => _html = html;

    /// <summary>For trusted HTML whose text is made when it is written (<see cref="ToString"/> is overridden).</summary>
    private protected TrustedHtml() => _html = "";

    public static TrustedHtml Empty { get; } = new("");

    /// <summary>The HTML, or null for none (null and "" are both nothing to write, and both false in a template's <c>if</c>).</summary>
    internal static TrustedHtml? From(string? html) => string.IsNullOrEmpty(html) ? null : new TrustedHtml(html);

    public override string ToString() => _html;
}
