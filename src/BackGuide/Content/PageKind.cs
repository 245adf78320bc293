namespace BackGuide.Content;

/// <summary>What a document is: a page written by the author, or one the build generates.</summary>
public enum PageKind
{
    Home,
    Exercise,
    SelfCare,
    Page,
    SectionIndex,
    NotFound,
    Generated,
}
