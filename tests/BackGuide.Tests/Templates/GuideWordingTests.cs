using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>The theme speaks of no part of the body: a knee guide says nothing of backs, and every heading and label is the site's to word.</summary>
public sealed class GuideWordingTests : IDisposable
{
    private static readonly string[] BackCareWords = ["back pain", "spine", "spinal", "lower back", "low back", "sciatica", "lumbar"];

    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", "title: Knee care\ndescription: Looking after your knees.\n")
        .WithPage("index.md", "title: Knee care\nsummary: Gentle exercises for sore knees.")
        .WithPage("self-care/ice.md", "title: Ice\nsummary: Cold packs for a sore knee.\ntopics: [pain relief]")
        .WithPage("exercises/knee-bend.md", """
            title: Knee bend
            summary: Keeps the knee moving.
            category: mobility
            targets: [knee, thighs]
            position: seated
            equipment: [chair]
            difficulty: easy
            dose: { reps: 10 }
            steps: [Sit on a chair., Bend and straighten the knee.]
            cautions: [Move within comfort.]
            """)
        .WithPage("exercises/deep-squat.md", """
            title: Deep squat
            summary: A squat below the knees' comfort.
            targets: [knee]
            position: standing
            avoid: { reason: It loads a sore knee hard., instead: [knee-bend] }
            """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AKneeGuide_HasNoBackCareWording_InAnyFileOfItsOutput()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var file in Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var word in BackCareWords)
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{Path.GetRelativePath(_site.OutputDirectory, file)} says '{word}'");
            }
        }
    }

    [Fact]
    public void StringsInSiteYml_ReplaceTheThemesWording()
    {
        _site.With("input/site.yml", """
            title: Soins du genou
            language: fr
            strings:
              how_much: Combien
              take_care: Attention
              steps: Étapes
              search_placeholder: "Chercher : flexion du genou…"
              stop_rule: "Règle d'arrêt :"
              exercises: Exercices
              home: Accueil
            """);

        _site.Build();

        var page = _site.Html("exercises/knee-bend.html");
        Assert.Equal("Combien", page.QuerySelector("#dose-heading")!.TextContent);
        Assert.Equal("Attention", page.QuerySelector("#cautions-heading")!.TextContent);
        Assert.Equal("Étapes", page.QuerySelector("#steps-heading")!.TextContent);
        Assert.Equal("Chercher : flexion du genou…", page.QuerySelector("#search-q")!.GetAttribute("placeholder"));
        Assert.StartsWith("Règle d'arrêt :", page.QuerySelector("[data-stop-rule]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Accueil", "Exercices"], page.QuerySelectorAll(".site-nav a").Take(2).Select(a => a.TextContent));
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }
}

/// <summary>The shipped guide sets its back-care wording in its own site.yml, so its pages read as they did.</summary>
public sealed class ShippedGuideWordingTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    [Fact]
    public void TheShippedGuide_KeepsItsBackCareWording_FromItsSiteYml()
    {
        Assert.Equal("Search: towel stretch, sciatica…", guide.Html("search.html").QuerySelector("#search-q")!.GetAttribute("placeholder"));
        Assert.StartsWith("These movements can make back pain worse.", guide.Html("avoid.html").QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
    }
}
