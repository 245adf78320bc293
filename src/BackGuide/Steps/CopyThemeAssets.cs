using System.Collections.Immutable;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>Adds every file of the theme's <c>assets/</c> folder (stylesheets, scripts) to the output as it is.</summary>
public sealed class CopyThemeAssets : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var assets = context.Theme.List("assets")
            .Select(name => new Document { OutputPath = name, Output = context.Theme.ReadBytes(name) ?? [] });
        return documents.AddRange(assets);
    }
}
