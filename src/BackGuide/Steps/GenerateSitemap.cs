using System.Collections.Immutable;
using System.Security;
using System.Text;
using BackGuide.Content;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>Writes <c>sitemap.xml</c> listing every page, when <c>site.yml</c> gives a base URL (a sitemap needs absolute addresses).</summary>
public sealed class GenerateSitemap : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var baseUrl = context.Settings.NormalizedBaseUrl;
        if (baseUrl.Length == 0)
        {
            return documents;
        }
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var doc in documents.Where(IsListed).OrderBy(d => d.OutputPath, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(RelativeUrl.Absolute(baseUrl, doc.OutputPath))).Append("</loc>");
            if (doc.Meta?.Updated is { } updated)
            {
                xml.Append("<lastmod>").Append(updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            }
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        return documents.Add(new Document { OutputPath = "sitemap.xml", Output = Encoding.UTF8.GetBytes(xml.ToString()) });
    }

    private static bool IsListed(Document doc) =>
        doc.Template is not null && doc.Generated?.InSitemap != false && doc.OutputPath.EndsWith(".html", StringComparison.Ordinal);
}
