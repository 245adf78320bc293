using Scriban.Runtime;

namespace BackGuide.Templates;

/// <summary>Where Scriban writes a page: straight into the page's writer, without the copy Scriban's own TextWriterOutput makes of every piece.</summary>
internal sealed class TemplateOutput(TextWriter writer) : IScriptOutput
{
    public TextWriter Writer => writer;

    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
