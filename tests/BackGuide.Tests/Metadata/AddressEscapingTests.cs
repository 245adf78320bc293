using BackGuide.Tests.Support;

namespace BackGuide.Tests.Metadata;

/// <summary>
/// Every address the build writes for a page escapes its path one segment at a time, so a folder holding '#', '?' or
/// ':' is still a path: in search results (see Browser/UntrustedAddressTests), the sitemap, canonical and og:url, and JSON-LD.
/// </summary>
public sealed class AddressEscapingTests : IDisposable
{
    private const string Escaped = "https://example.org/back/a%23b%3Fc/b.html";

    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", "title: T\nbaseUrl: https://example.org/back/\n")
        .WithPage("a#b?c/b.md", "title: Odd folder", "Body.");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AFolderWithHashAndQuestionMark_IsEscapedInEveryAbsoluteAddress()
    {
        Assert.True(_site.Build().Succeeded);

        var sitemap = File.ReadAllText(Path.Combine(_site.OutputDirectory, "sitemap.xml"));
        Assert.Contains($"<loc>{Escaped}</loc>", sitemap, StringComparison.Ordinal);
        var html = _site.Html("a#b?c/b.html");
        Assert.Equal(Escaped, html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(Escaped, html.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Contains($"\"url\":\"{Escaped}\"", html.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }
}
