namespace BackGuide.Templates;

/// <summary>The one seam between the engine and a template language: render a named template with a model.</summary>
public interface ITemplateEngine
{
    /// <summary>False when the theme's templates could not be compiled; the build then validates content but renders nothing.</summary>
    bool IsUsable { get; }

    bool Has(string templateName);

    string Render(string templateName, object model);

    /// <summary>Renders into <paramref name="output"/>, so a page can go straight to its file; fails as the string form does.</summary>
    void Render(string templateName, object model, TextWriter output);
}
