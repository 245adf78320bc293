using System.Collections.Immutable;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Takes the pages marked <c>draft: true</c> out of the build, before anything lists, indexes or links them, unless the
/// build asks for drafts (<c>--drafts</c>, and always in preview); remembers what it took out for the link checks.
/// </summary>
public sealed class LeaveOutDrafts : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (context.Options.IncludeDrafts || !documents.Any(IsDraft))
        {
            return documents;
        }
        foreach (var draft in documents.Where(IsDraft))
        {
            context.Drafts.Add(draft);
        }
        return documents.RemoveAll(IsDraft);
    }

    private static bool IsDraft(Document document) => document.Meta is { Draft: true } && document.Source is not null;
}
