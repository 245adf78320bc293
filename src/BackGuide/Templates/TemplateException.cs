namespace BackGuide.Templates;

/// <summary>A template that is missing or failed while rendering a page; the build reports it as a diagnostic at <see cref="Location"/>.</summary>
public sealed class TemplateException(string location, string message, int line = 0, int column = 0) : Exception(message)
{
    /// <summary>The theme file at fault: a real path (the writer's override) or "(built-in) theme/NAME".</summary>
    public string Location { get; } = location;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
