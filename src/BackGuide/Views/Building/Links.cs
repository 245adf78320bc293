using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>Links to pages, as every view shows them.</summary>
public static class Links
{
    /// <summary>The link to <paramref name="target"/> whose relative <paramref name="url"/> is already known.</summary>
    public static LinkView To(Document target, string url) => new(target.Title, url, target.Meta?.Summary, target.Slug);

    /// <summary>The link from the page at <paramref name="fromPath"/> to <paramref name="target"/>.</summary>
    public static LinkView From(string fromPath, Document target) => To(target, RelativeUrl.Between(fromPath, target.OutputPath));
}
