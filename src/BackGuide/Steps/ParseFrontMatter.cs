using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using BackGuide.Pipeline;
using YamlDotNet.RepresentationModel;

namespace BackGuide.Steps;

/// <summary>
/// Parses and validates each page's front matter against its section's schema, and gives the page its typed
/// metadata, its slug and its output path.
/// </summary>
public sealed class ParseFrontMatter : PerDocumentStep
{
    protected override bool ShouldProcess(Document document) => !document.Failed && document.Yaml is not null;

    protected override Document Process(Document document, BuildContext context)
    {
        var file = document.Source!;
        var map = YamlLoader.Load(document.Yaml!, file, document.YamlLine, context.Diagnostics);
        if (map is null)
        {
            return document with { Failed = true };
        }
        var kind = document.Kind is PageKind.Home or PageKind.SectionIndex ? PageKind.Page : document.Kind;
        var reader = new FrontMatterReader(file, document.YamlLine, context.Diagnostics);
        var isAvoid = map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "avoid");
        var values = reader.Read(map, FrontMatterSchema.For(kind), requiredFlag: !isAvoid);
        var meta = MetaFactory.Create(kind, values);
        var slug = document.Slug;
        var failed = reader.ErrorCount > 0;
        if (meta.Slug is { } custom)
        {
            if (PagePaths.IsValidSlug(custom))
            {
                slug = custom;
            }
            else
            {
                var (line, column) = values.PositionOf("slug");
                var suggestion = PagePaths.Slugify(custom) is { Length: > 0 } s ? s : "bird-dog";
                context.Diagnostics.Error(file, line, column, DiagnosticCodes.InvalidSlug,
                    $"slug '{custom}' is not allowed: a slug is lower-case letters, digits and single hyphens, like '{suggestion}', and names a file in this page's own folder.");
                failed = true;
            }
        }
        if (slug.Length == 0 && !PagePaths.IsIndex(file.RelativePath))
        {
            var name = Path.GetFileName(file.RelativePath);
            context.Diagnostics.Error(file, 1, 1, DiagnosticCodes.NoSlug, PagePaths.HasOnlyOtherScripts(Path.GetFileNameWithoutExtension(name))
                ? $"the file name '{name}' is in letters a slug cannot hold: a slug, the page's address, uses only the letters a-z, digits and hyphens. Add a line such as 'slug: my-page' to the front matter, in your own words in Latin letters, or rename the file."
                : $"the file name '{name}' gives no slug, since a slug uses only the letters a-z, digits and hyphens. Rename the file (say, to 'my-page.md') or add a line such as 'slug: my-page' to the front matter.");
            failed = true;
        }
        return document with
        {
            Meta = meta,
            Slug = slug,
            OutputPath = PagePaths.OutputPathFor(file.RelativePath, slug),
            Failed = failed,
        };
    }
}
