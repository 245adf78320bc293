using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Metadata;

/// <summary>The JSON-LD of the shipped guide parses, and says what the page shows.</summary>
public sealed class StructuredDataTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private JsonElement? JsonLd(string page)
    {
        var scripts = guide.Html(page).QuerySelectorAll("script[type='application/ld+json']").ToList();
        Assert.True(scripts.Count <= 1, $"{page} has {scripts.Count} JSON-LD blocks");
        return scripts.Count == 0 ? null : JsonDocument.Parse(scripts[0].TextContent).RootElement.Clone();
    }

    [Fact]
    public void EachExercise_IsAHowTo_NamingEveryStepItShows_InOrder()
    {
        var exercises = guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1 && p != "exercises/index.html")
            .Where(p => guide.Html(p).QuerySelector("[data-avoid-banner]") is null).ToList();

        Assert.True(exercises.Count >= 13);
        foreach (var page in exercises)
        {
            var html = guide.Html(page);
            var json = JsonLd(page) ?? throw new Xunit.Sdk.XunitException($"{page} has no JSON-LD");
            var steps = json.GetProperty("step").EnumerateArray().ToList();

            Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
            Assert.Equal("HowTo", json.GetProperty("@type").GetString());
            Assert.Equal(html.QuerySelector("main h1")!.TextContent, json.GetProperty("name").GetString());
            Assert.Equal(html.QuerySelectorAll(".steps li").Select(li => li.TextContent), steps.Select(s => s.GetProperty("text").GetString()));
            Assert.All(steps, s => Assert.Equal("HowToStep", s.GetProperty("@type").GetString()));
            Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.GetProperty("position").GetInt32()));
        }
    }

    [Fact]
    public void AvoidedMovements_AreNotHowTos()
    {
        foreach (var entry in guide.Html("avoid.html").QuerySelectorAll("[data-avoid]"))
        {
            var json = JsonLd($"exercises/{entry.GetAttribute("data-avoid")}.html");

            Assert.NotEqual("HowTo", json?.GetProperty("@type").GetString());
        }
    }

    [Fact]
    public void GuideAndSelfCarePages_AreMedicalWebPages_WithTheirUpdateDate_AndNoClaimedReview()
    {
        var pages = guide.HtmlFiles.Where(p => (p.StartsWith("guide/", StringComparison.Ordinal) || p.StartsWith("self-care/", StringComparison.Ordinal)) && !p.EndsWith("/index.html", StringComparison.Ordinal)).ToList();

        Assert.True(pages.Count >= 15);
        foreach (var page in pages)
        {
            var json = JsonLd(page) ?? throw new Xunit.Sdk.XunitException($"{page} has no JSON-LD");
            var updated = guide.Html(page).QuerySelector(".site-footer time")?.GetAttribute("datetime");

            Assert.Equal("MedicalWebPage", json.GetProperty("@type").GetString());
            Assert.Equal(guide.Html(page).QuerySelector("main h1")!.TextContent, json.GetProperty("name").GetString());
            Assert.Equal(updated, json.TryGetProperty("dateModified", out var r) ? r.GetString() : null);
            Assert.NotNull(updated);
            Assert.False(json.TryGetProperty("reviewedBy", out _), $"{page} claims a clinical review that no one recorded");
            Assert.False(json.TryGetProperty("lastReviewed", out _), $"{page} claims a review date");
        }
    }
}
