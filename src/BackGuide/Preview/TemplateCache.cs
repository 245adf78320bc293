using System.Globalization;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Templates;

namespace BackGuide.Preview;

/// <summary>
/// Keeps the compiled templates between preview rebuilds for as long as no theme file changes: compiling the
/// templates is most of the time a small rebuild takes. Templates that failed to compile are never kept.
/// </summary>
public sealed class TemplateCache
{
    private readonly Lock _gate = new();
    private string? _fingerprint;
    private ITemplateEngine? _engine;

    public ITemplateEngine Load(Theme theme, DiagnosticBag diagnostics)
    {
        var fingerprint = Fingerprint(theme);
        lock (_gate)
        {
            if (_engine is not null && fingerprint == _fingerprint)
            {
                return _engine;
            }
        }
        var found = new DiagnosticBag();
        var engine = ScribanTemplateEngine.Load(theme, found);
        var problems = found.ToSortedList();
        foreach (var problem in problems)
        {
            diagnostics.Add(problem);
        }
        lock (_gate)
        {
            (_engine, _fingerprint) = problems.Count == 0 ? (engine, fingerprint) : (null, null);
        }
        return engine;
    }

    /// <summary>Every file of the theme's override folders with its size and time of last change (the shipped theme never changes).</summary>
    private static string Fingerprint(Theme theme)
    {
        var text = new StringBuilder();
        foreach (var folder in theme.Folders)
        {
            text.Append(folder).Append('\n');
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                    .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return text.ToString();
    }
}
