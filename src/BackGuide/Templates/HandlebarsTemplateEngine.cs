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
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);
    private readonly List<(string Location, string Source)> _sources = [];

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
            var source = WithoutPartialIndent(theme.ReadText(name) ?? "");
            engine._sources.Add((theme.Locate(name) ?? name, source));
            var partialName = Path.GetFileNameWithoutExtension(name);
            // Compiled once and registered compiled: registering the source would compile every partial a second time.
            if (engine.Compile(handlebars, theme, name, source, diagnostics) is { } partial)
            {
                handlebars.RegisterTemplate(partialName, partial);
            }
        }
        foreach (var name in theme.List("templates").Where(n => n.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var source = WithoutPartialIndent(theme.ReadText(name) ?? "");
            var compiled = engine.Compile(handlebars, theme, name, source, diagnostics);
            if (compiled is not null)
            {
                var templateName = name["templates/".Length..^".hbs".Length];
                engine._templates[templateName] = compiled;
                engine._locations[templateName] = theme.Locate(name) ?? name;
                engine._sources.Insert(0, (engine._locations[templateName], source));
            }
        }
        return engine;
    }

    public bool Has(string templateName) => _templates.ContainsKey(templateName);

    public string Render(string templateName, object model)
    {
        using var output = new PooledStringWriter();
        Render(templateName, model, output);
        return output.ToString();
    }

    public void Render(string templateName, object model, TextWriter output)
    {
        var template = templateName;
        if (!_templates.TryGetValue(template, out var compiled))
        {
            throw new TemplateException(template, $"the theme has no template 'templates/{template}.hbs'.");
        }
        try
        {
            compiled(output, model);
        }
        catch (HandlebarsException ex) when (MissingPartial().Match(ex.Message) is { Success: true } missing)
        {
            var partial = missing.Groups[1].Value;
            var (location, line, column) = FindReference(template, partial);
            throw new TemplateException(location,
                $"the theme has no partial '{partial}', which {ShortName(location)} includes with '{{{{> {partial}}}}}'. Add partials/{partial}.hbs to your theme folder, or remove the reference.",
                line, column, mentionsPage: false);
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateException(_locations[template], $"template 'templates/{template}.hbs' failed: {ex.Message}");
        }
    }

    private HandlebarsTemplate<TextWriter, object, object>? Compile(IHandlebars handlebars, Theme theme, string name, string source, DiagnosticBag diagnostics)
    {
        try
        {
            return handlebars.Compile(new StringReader(source));
        }
        catch (HandlebarsException ex)
        {
            IsUsable = false;
            var location = theme.Locate(name) ?? name;
            var display = location.StartsWith('(') ? location : SourceFile.DisplayPathFor(location);
            var message = $"the template could not be compiled: {ex.Message.TrimEnd('.')}.";
            if (TemplateSyntaxLocator.Find(source) is { } problem)
            {
                diagnostics.Add(new Diagnostic(display, problem.Line, problem.Column, Severity.Error, DiagnosticCodes.TemplateSyntax,
                    $"the template could not be compiled: {problem.Explanation}"));
                return null;
            }
            var (line, column) = PositionIn(ex.Message);
            diagnostics.Add(new Diagnostic(display, line, column, Severity.Error, DiagnosticCodes.TemplateSyntax,
                $"{message} Check that every {{{{#block}}}} has its {{{{/block}}}} and every {{{{ has its }}}}."));
            return null;
        }
    }

    /// <summary>
    /// Handlebars.Net (2.4.3) does not HTML-encode values inside a partial included on an indented line of its own
    /// ("  {{> related}}"), so a page title could inject markup. Removing that indentation keeps encoding on.
    /// </summary>
    private static string WithoutPartialIndent(string source) => IndentedPartial().Replace(source, "");

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?>[^}]*\}\}[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();

    [GeneratedRegex(@"partial name '([^']+)' could not be resolved")]
    private static partial Regex MissingPartial();

    /// <summary>The theme file, line and column that include <paramref name="partial"/>, the rendered template first.</summary>
    private (string Location, int Line, int Column) FindReference(string template, string partial)
    {
        var reference = new Regex(@"\{\{~?>\s*" + Regex.Escape(partial) + @"[\s}~]");
        var ordered = _sources.Where(s => s.Location == _locations[template]).Concat(_sources.Where(s => s.Location != _locations[template]));
        foreach (var (location, source) in ordered)
        {
            if (reference.Match(source) is { Success: true } match)
            {
                var (line, column) = TemplateSyntaxLocator.PositionOf(source, match.Index);
                return (location, line, column);
            }
        }
        return (_locations[template], 0, 0);
    }

    private static string ShortName(string location) =>
        location.StartsWith('(') ? location : Path.GetFileName(Path.GetDirectoryName(location)) + "/" + Path.GetFileName(location);

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
public sealed class TemplateException(string location, string message, int line = 0, int column = 0, bool mentionsPage = true) : Exception(message)
{
    public string Location { get; } = location;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>False when the problem is the same for every page, so it is reported once rather than per page.</summary>
    public bool MentionsPage { get; } = mentionsPage;
}
