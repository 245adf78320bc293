using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Warns (BG0211) when the guide sends readers to its warning signs but site.yml names no emergency number: the page of
/// warning signs and the stop rule would then not say who to call. Once on that page, and once on each page that links
/// to it.
/// </summary>
public sealed class CheckEmergencyContact : IStep
{
    private const string Fix = "Set the number for your country in site.yml, for example: emergency: { number: \"999\", label: \"call 999 or go to A&E\" }.";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (context.Settings.Emergency is not null || new SiteIndex(documents).WarningSignsPage is not { } signs)
        {
            return documents;
        }
        if (signs.Source is not null)
        {
            context.Diagnostics.Warning(signs.Source, 1, 1, DiagnosticCodes.NoEmergencyNumber,
                $"this page lists warning signs ('warningSigns'), but site.yml sets no emergency number, so it cannot say who to call. {Fix}");
        }
        foreach (var doc in documents.Where(d => d.Source is not null && d.OutputPath != signs.OutputPath))
        {
            if (doc.Links.FirstOrDefault(l => l.Target == signs.OutputPath) is { } link)
            {
                context.Diagnostics.Warning(doc.Source!, link.Line, link.Column, DiagnosticCodes.NoEmergencyNumber,
                    $"link to the warning signs ('{link.Path}'), but site.yml sets no emergency number, so that page cannot say who to call. {Fix}");
            }
        }
        return documents;
    }
}
