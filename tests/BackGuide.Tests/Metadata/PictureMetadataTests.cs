using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Metadata;

/// <summary>Pictures in a page's metadata: the first as og:image (absolute, only with a baseUrl), and in the HowTo and on the step a picture names.</summary>
public sealed class PictureMetadataTests : IDisposable
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 90\"><path d=\"M0,80H240\" stroke=\"currentColor\"/></svg>";

    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home\nsummary: The start.")
        .With("input/exercises/images/curl-start.svg", Svg)
        .With("input/exercises/images/curl-end.svg", Svg)
        .WithExercise("curl", "Curl", """
            images:
              - src: images/curl-start.svg
                alt: Lying on the back, knees bent.
                caption: Start
              - src: images/curl-end.svg
                alt: Lying on the back, breathing out.
                caption: End
                step: 2
            """)
        .WithExercise("stretch", "Stretch");

    public void Dispose() => _site.Dispose();

    private JsonElement JsonLd(string page) =>
        JsonDocument.Parse(_site.Html(page).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.Clone();

    [Fact]
    public void WithABaseUrl_TheFirstPictureIsTheAbsoluteOgImage_WithItsAlt_AndTheHowToImage()
    {
        _site.With("input/site.yml", "title: Test\nbaseUrl: https://example.org/back\n");
        Assert.True(_site.Build().Succeeded);
        var html = _site.Html("exercises/curl.html");
        var json = JsonLd("exercises/curl.html");
        var steps = json.GetProperty("step").EnumerateArray().ToList();

        Assert.Equal("https://example.org/back/exercises/images/curl-start.svg", html.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("Lying on the back, knees bent.", html.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Equal("https://example.org/back/exercises/images/curl-start.svg", json.GetProperty("image").GetString());
        Assert.False(steps[0].TryGetProperty("image", out _));
        Assert.Equal("https://example.org/back/exercises/images/curl-end.svg", steps[1].GetProperty("image").GetString());
        // A page without pictures has no og:image, and its HowTo none.
        Assert.Null(_site.Html("exercises/stretch.html").QuerySelector("meta[property='og:image']"));
        Assert.False(JsonLd("exercises/stretch.html").TryGetProperty("image", out _));
    }

    [Fact]
    public void WithoutABaseUrl_ThereIsNoOgImage_AndTheJsonLdNamesThePictureAsThePageLinksIt()
    {
        Assert.True(_site.Build().Succeeded);
        var html = _site.Html("exercises/curl.html");
        var json = JsonLd("exercises/curl.html");

        Assert.Null(html.QuerySelector("meta[property^='og:']"));
        Assert.Equal("images/curl-start.svg", json.GetProperty("image").GetString());
        Assert.Equal("images/curl-end.svg", json.GetProperty("step")[1].GetProperty("image").GetString());
        Assert.Equal("images/curl-start.svg", html.QuerySelector(".figure img")!.GetAttribute("src"));
    }
}
