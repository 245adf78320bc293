using System.Collections.Concurrent;
using BackGuide.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BackGuide.Templates;

/// <summary>
/// The theme's templates in Scriban: every <c>templates/*.sbn-html</c> and <c>partials/*.sbn-html</c> parsed once, then
/// rendered on many threads at once, each thread with a context of its own (<see cref="EscapingTemplateContext"/>).
/// A context that saw a render fail is thrown away, so nothing of a failed page reaches the next. Problems are reported
/// at the line and column of the theme file the writer wrote (their override), never the shipped file it replaces.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    /// <summary>The extension of theme templates: Scriban in HTML, as the Scriban editor extensions name it.</summary>
    public const string Extension = ".sbn-html";

    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<EscapingTemplateContext> _idle = [];

    private ScribanTemplateEngine()
    {
    }

    public bool IsUsable { get; private set; } = true;

    public static ScribanTemplateEngine Load(Theme theme, DiagnosticBag diagnostics)
    {
        var engine = new ScribanTemplateEngine();
        foreach (var folder in new[] { "partials", "templates" })
        {
            foreach (var name in theme.List(folder))
            {
                var location = theme.Locate(name) ?? name;
                if (name.EndsWith(".hbs", StringComparison.Ordinal))
                {
                    engine.IsUsable = false;
                    diagnostics.Add(new Diagnostic(Display(location), 0, 0, Severity.Error, DiagnosticCodes.TemplateLanguageChanged,
                        $"this theme file is a Handlebars template, and BackGuide's theme is now written in Scriban. Rename it to {Path.GetFileNameWithoutExtension(name)}{Extension} and rewrite it in Scriban ({{{{ page.title }}}}, {{{{ if … }}}}…{{{{ end }}}}, {{{{ include 'name' }}}}); theme/README.md lists every template and its variables."));
                    continue;
                }
                if (!name.EndsWith(Extension, StringComparison.Ordinal))
                {
                    continue;
                }
                var text = (theme.ReadText(name) ?? "").ReplaceLineEndings("\n");
                var shortName = name[(folder.Length + 1)..^Extension.Length];
                var template = Template.Parse(text, location);
                if (template.HasErrors)
                {
                    engine.IsUsable = false;
                    engine._broken.Add(folder + "/" + shortName);
                    diagnostics.Add(SyntaxError(Display(location), text, template.Messages.First(m => m.Type == ParserMessageType.Error)));
                    continue;
                }
                if (folder == "partials")
                {
                    engine._partials[shortName] = template;
                }
                else
                {
                    engine._templates[shortName] = template;
                }
                engine._locations[folder + "/" + shortName] = location;
            }
        }
        engine.CheckIncludes(diagnostics);
        return engine;
    }

    /// <summary>
    /// The first parse error of a file (later ones follow from it), placed where the writer can fix it: at a <c>{{</c>
    /// that is never closed, or at the <c>{{ if }}</c> that no <c>{{ end }}</c> closes.
    /// </summary>
    private static Diagnostic SyntaxError(string file, string text, LogMessage message)
    {
        if (TemplateSyntaxHints.UnclosedTag(text) is var (tagLine, tagColumn))
        {
            return new Diagnostic(file, tagLine, tagColumn, Severity.Error, DiagnosticCodes.TemplateSyntax,
                "the template could not be compiled: this '{{' is never closed by '}}'. Close it, usually on the same line.");
        }
        if (message.Message.Contains("<end>", StringComparison.Ordinal) && TemplateSyntaxHints.UnclosedBlock(text) is var (keyword, blockLine, blockColumn))
        {
            return new Diagnostic(file, blockLine, blockColumn, Severity.Error, DiagnosticCodes.TemplateSyntax,
                $"the template could not be compiled: this '{{{{ {keyword} }}}}' is never closed. Add '{{{{ end }}}}' where the block ends.");
        }
        var (line, column) = Position(message.Span);
        return new Diagnostic(file, line, column, Severity.Error, DiagnosticCodes.TemplateSyntax,
            $"the template could not be compiled: {message.Message.TrimEnd('.')}. Check that every {{{{ if }}}}, {{{{ for }}}} and {{{{ with }}}} has its {{{{ end }}}}, and every {{{{ is closed by }}}}.");
    }

    /// <summary>Every <c>include</c> of a partial the theme does not have, reported where it is written.</summary>
    private void CheckIncludes(DiagnosticBag diagnostics)
    {
        foreach (var (key, template) in _templates.Select(t => ("templates/" + t.Key, t.Value)).Concat(_partials.Select(p => ("partials/" + p.Key, p.Value))))
        {
            foreach (var (name, span) in IncludedPartials.In(template).Where(i => !_partials.ContainsKey(i.Name) && !_broken.Contains("partials/" + i.Name)))
            {
                IsUsable = false;
                var (line, column) = Position(span);
                diagnostics.Add(new Diagnostic(Display(_locations[key]), line, column, Severity.Error, DiagnosticCodes.TemplateFailed,
                    $"the theme has no partial '{name}', which {key}{Extension} includes. Add partials/{name}{Extension} to your theme folder, or remove the include."));
            }
        }
    }

    public bool Has(string templateName) => _templates.ContainsKey(templateName);

    /// <summary>Where a template comes from, as the user sees it: their override's path, or "(built-in) theme/templates/NAME.sbn-html".</summary>
    public static string Display(string location) => location.StartsWith('(') ? location : SourceFile.DisplayPathFor(location);

    public string Render(string templateName, object model)
    {
        using var output = new PooledStringWriter();
        Render(templateName, model, output);
        return output.ToString();
    }

    public void Render(string templateName, object model, TextWriter output)
    {
        if (!_templates.TryGetValue(templateName, out var template))
        {
            throw new TemplateException($"templates/{templateName}{Extension}", $"the theme has no template 'templates/{templateName}{Extension}'.");
        }
        var context = _idle.TryTake(out var idle) ? idle : NewContext();
        var clean = false;
        try
        {
            context.PushGlobal(new ModelVariables(model));
            context.PushOutput(new TemplateOutput(output));
            context.Evaluate(template.Page!);
            context.PopOutput();
            context.PopGlobal();
            clean = true;
        }
        catch (ScriptRuntimeException ex)
        {
            var at = ex.Span.FileName is { Length: > 0 } file ? file : _locations["templates/" + templateName];
            var (line, column) = Position(ex.Span);
            throw new TemplateException(at, $"the template failed: {ex.OriginalMessage.TrimEnd('.')}.", line, column);
        }
        catch (InvalidOperationException ex)
        {
            throw new TemplateException(_locations["templates/" + templateName], $"the template failed: {ex.Message.TrimEnd('.')}.");
        }
        finally
        {
            if (clean)
            {
                _idle.Add(context);
            }
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new IncludePartial(_partials), readOnly: true);
        return new EscapingTemplateContext(builtins);
    }

    /// <summary>Scriban counts lines and columns from 0; a diagnostic from 1 (0 is "unknown").</summary>
    private static (int Line, int Column) Position(SourceSpan span) =>
        span.Start.Line < 0 ? (0, 0) : (span.Start.Line + 1, span.Start.Column + 1);
}
