using System.Text.RegularExpressions;
using BackGuide.Diagnostics;
using HandlebarsDotNet;

namespace BackGuide.Templates;

/// <summary>
/// Templates in Handlebars: every <c>templates/*.hbs</c> compiled once, every <c>partials/*.hbs</c> registered by
/// name, theme errors reported against the theme file.
/// </summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);

    private HandlebarsTemplateEngine()
    {
    }

    public bool IsUsable { get; private set; } = true;

    public static HandlebarsTemplateEngine Load(Theme theme, DiagnosticBag diagnostics)
    {
        var engine = new HandlebarsTemplateEngine();
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        TemplateHelpers.Register(handlebars);
        foreach (var name in theme.List("partials").Where(n => n.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var source = theme.ReadText(name) ?? "";
            var partialName = Path.GetFileNameWithoutExtension(name);
            // Compiled once and registered compiled: registering the source would compile every partial a second time.
            if (engine.CompilePartial(handlebars, theme, name, source, diagnostics) is { } partial)
            {
                handlebars.RegisterTemplate(partialName, partial);
            }
        }
        foreach (var name in theme.List("templates").Where(n => n.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var compiled = engine.Compile(handlebars, theme, name, theme.ReadText(name) ?? "", diagnostics);
            if (compiled is not null)
            {
                var templateName = name["templates/".Length..^".hbs".Length];
                engine._templates[templateName] = compiled;
                engine._locations[templateName] = theme.Locate(name) ?? name;
            }
        }
        return engine;
    }

    public bool Has(string templateName) => _templates.ContainsKey(templateName);

    public string Render(string templateName, object model)
    {
        var template = templateName;
        if (!_templates.TryGetValue(template, out var compiled))
        {
            throw new TemplateException(template, $"the theme has no template 'templates/{template}.hbs'.");
        }
        try
        {
            return compiled(model);
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateException(_locations[template], $"template 'templates/{template}.hbs' failed: {ex.Message}");
        }
    }

    private HandlebarsTemplate<object, object>? Compile(IHandlebars handlebars, Theme theme, string name, string source, DiagnosticBag diagnostics) =>
        Compile(theme, name, diagnostics, () => handlebars.Compile(source));

    private HandlebarsTemplate<TextWriter, object, object>? CompilePartial(IHandlebars handlebars, Theme theme, string name, string source, DiagnosticBag diagnostics) =>
        Compile(theme, name, diagnostics, () => handlebars.Compile(new StringReader(source)));

    private T? Compile<T>(Theme theme, string name, DiagnosticBag diagnostics, Func<T> compile) where T : class
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException ex)
        {
            IsUsable = false;
            var location = theme.Locate(name) ?? name;
            var display = location.StartsWith('(') ? location : SourceFile.DisplayPathFor(location);
            var (line, column) = PositionIn(ex.Message);
            diagnostics.Add(new Diagnostic(display, line, column, Severity.Error, DiagnosticCodes.TemplateSyntax,
                $"the template could not be compiled: {ex.Message.TrimEnd('.')}. Check that every {{{{#block}}}} has its {{{{/block}}}} and every {{{{ has its }}}}."));
            return null;
        }
    }

    [GeneratedRegex(@"line:?\s*(\d+)(?:,?\s*col(?:umn)?:?\s*(\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex PositionPattern();

    private static (int Line, int Column) PositionIn(string message)
    {
        var match = PositionPattern().Match(message);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
            : (0, 0);
    }
}

/// <summary>A template that is missing or failed while rendering a page; the build reports it as a diagnostic.</summary>
public sealed class TemplateException(string location, string message) : Exception(message)
{
    public string Location { get; } = location;
}
