using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Checks the page references in front matter: every <c>related</c> page exists, and every movement to avoid names at
/// least one alternative (<c>avoid.instead</c>) that exists and is not itself to be avoided; site.yml's
/// <c>stopRulePage</c> names a page that exists.
/// </summary>
public sealed class CheckReferences : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        foreach (var doc in documents.Where(d => d.Meta is not null && d.Source is not null && !d.Failed))
        {
            foreach (var reference in doc.Meta!.Related)
            {
                if (site.Resolve(doc, reference) is null && IsDraft(context, doc, reference))
                {
                    context.Diagnostics.Error(doc.Source!, reference.Line, reference.Column, DiagnosticCodes.LinkToDraft,
                        $"'related' names '{reference.Text}', a draft, which is not published. Publish that page (delete 'draft: true'), or take it out of 'related' until it is.");
                }
                else if (site.Resolve(doc, reference) is null)
                {
                    context.Diagnostics.Error(doc.Source!, reference.Line, reference.Column, DiagnosticCodes.MissingReference,
                        $"'related' names '{reference.Text}', but there is no such page. {Hint(site, doc, reference)}");
                }
            }
            if (doc.Meta is ExerciseMeta { Avoid: { } avoid })
            {
                CheckInstead(site, doc, avoid, context);
            }
        }
        CheckStopRulePage(site, context);
        CheckMenu(site, context);
        return documents;
    }

    private static void CheckMenu(SiteIndex site, BuildContext context)
    {
        if (context.Settings.File is not { } file)
        {
            return;
        }
        var names = site.Sections.Concat(site.InSection("").Select(p => p.Slug)).ToList();
        foreach (var entry in context.Settings.Menu.Where(e => !names.Contains(e, StringComparer.Ordinal)))
        {
            var nearest = NearestName.Find(entry, names);
            var (line, column) = context.Settings.MenuPosition;
            context.Diagnostics.Error(file, line, column, DiagnosticCodes.MissingReference,
                $"'menu' names '{entry}', which is neither a section (a folder of input/) nor a page at the top of input/. " +
                (nearest is null ? $"The guide has: {string.Join(", ", names)}." : $"Did you mean '{nearest}'?"));
        }
    }

    private static void CheckStopRulePage(SiteIndex site, BuildContext context)
    {
        if (context.Settings is not { StopRulePage: { } page, File: { } file } || site.ByReference(page.Resolve("").Section, page.Resolve("").Slug) is not null)
        {
            return;
        }
        var nearest = NearestName.Find(page.Text, site.Pages.Select(p => p.Section.Length == 0 ? p.Slug : p.Section + "/" + p.Slug));
        context.Diagnostics.Error(file, page.Line, page.Column, DiagnosticCodes.MissingReference,
            $"'stopRulePage' names '{page.Text}', but there is no such page. {(nearest is null ? "Write section/slug, like 'guide/safety-first'." : $"Did you mean '{nearest}'?")}");
    }

    private static bool IsDraft(BuildContext context, Document doc, PageReference reference)
    {
        var (section, slug) = reference.Resolve(doc.Section);
        return context.Drafts.HasReference(section, slug);
    }

    private static void CheckInstead(SiteIndex site, Document doc, AvoidInfo avoid, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        if (avoid.Instead.Count == 0)
        {
            diagnostics.Error(doc.Source!, avoid.Line, avoid.Column, DiagnosticCodes.AvoidInsteadInvalid,
                "'avoid.instead' is empty: a movement to avoid must name at least one safer alternative, like 'instead: [hamstring-stretch]'.");
            return;
        }
        foreach (var reference in avoid.Instead)
        {
            var target = site.Resolve(doc, reference);
            if (target is null && IsDraft(context, doc, reference))
            {
                diagnostics.Error(doc.Source!, reference.Line, reference.Column, DiagnosticCodes.LinkToDraft,
                    $"'avoid.instead' names '{reference.Text}', a draft, which is not published. Publish that page (delete 'draft: true'), or name another page until it is.");
            }
            else if (target is null)
            {
                diagnostics.Error(doc.Source!, reference.Line, reference.Column, DiagnosticCodes.AvoidInsteadInvalid,
                    $"'avoid.instead' names '{reference.Text}', but there is no such page. {Hint(site, doc, reference)}");
            }
            else if (target.Meta is ExerciseMeta { Avoid: not null })
            {
                diagnostics.Error(doc.Source!, reference.Line, reference.Column, DiagnosticCodes.AvoidInsteadInvalid,
                    $"'avoid.instead' names '{reference.Text}', which is itself a movement to avoid. Name a safe alternative instead.");
            }
        }
    }

    /// <summary>The page a front-matter reference names, seen from <paramref name="doc"/>'s section.</summary>
    private static string Hint(SiteIndex site, Document doc, PageReference reference)
    {
        var (section, _) = reference.Resolve(doc.Section);
        var candidates = site.Pages.Select(p => p.Section == doc.Section ? p.Slug : p.Section + "/" + p.Slug);
        var nearest = NearestName.Find(reference.Text, candidates);
        if (nearest is not null)
        {
            return $"Did you mean '{nearest}'?";
        }
        return section == doc.Section && doc.Section.Length > 0
            ? $"A bare slug names a page in {doc.Section}/; write section/slug (self-care/sleep) for another section."
            : "Write a slug for this section, or section/slug for another.";
    }
}
