namespace BackGuide.Templates;

/// <summary>
/// Trusted HTML written straight into the page that shows it, never made into one string first: the print document's
/// body, which holds every page and is tens of megabytes on a big site. It can be written once.
/// </summary>
internal sealed class WrittenHtml(Action<TextWriter> write) : TrustedHtml
{
    public void WriteTo(TextWriter writer) => write(writer);

    /// <summary>The text, for a writer that is not a page's own (a page that cannot be staged is made into bytes whole).</summary>
    public override string ToString()
    {
        using var text = new PooledStringWriter();
        write(text);
        return text.ToString();
    }
}
