using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BackGuide.Content;

namespace BackGuide.Tests.Templates;

/// <summary>A guide in French with every theme string translated shows no English wording of the theme on any page.</summary>
public sealed class FrenchStringsTests : IDisposable
{
    private static readonly string[] ReaderAttributes = ["aria-label", "placeholder", "title", "alt"];

    private readonly Support.TestSite _site = FrenchGuide.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void TheFrenchWording_TranslatesEveryThemeString()
    {
        Assert.Empty(ThemeStrings.Names.Except(FrenchGuide.Strings.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public void NoPage_ShowsAnEnglishDefault()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("print.html", pages);
        Assert.Contains("cards/flexion.html", pages);
        Assert.Contains("exercises/positions/seated.html", pages);
        var found = new List<string>();
        foreach (var path in pages)
        {
            var text = ReaderText(_site.Html(path));
            found.AddRange(EnglishDefaults.Where(d => d.Pattern.IsMatch(text)).Select(d => $"{path}: '{d.Text}' ({d.Name})"));
        }
        Assert.True(found.Count == 0, "English defaults on the French guide's pages:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Dates_CountsAndValues_AreInFrench()
    {
        _site.Build();

        Assert.Equal("1 novembre 2026", _site.Html("guide/safety-first.html").QuerySelector("time")!.TextContent);
        Assert.Equal("2 exercices de ce guide.", _site.Html("exercises/targets/cuisses.html").QuerySelector(".summary")!.TextContent);
        Assert.Equal("1 exercice de ce guide, et 1 mouvement à éviter.", _site.Html("exercises/targets/genou.html").QuerySelector(".summary")!.TextContent);
        var exercise = _site.Html("exercises/flexion.html");
        Assert.Equal("Facile", exercise.QuerySelectorAll(".facts div").Single(d => d.QuerySelector("dt")!.TextContent == "Niveau").QuerySelector("dd")!.TextContent);
        Assert.Equal(["Aucun", "Chaise"], _site.Html("exercises/index.html").QuerySelectorAll("select[data-filter=equipment] option").Skip(1).Select(o => o.TextContent));
    }

    [Fact]
    public void WithoutStrings_AFrenchGuideStillGetsFrenchMonths_AndAnUnknownLanguageEnglishOnes()
    {
        _site.With("input/site.yml", "title: Soins du genou\nlanguage: fr-CA\nemergency: { number: \"15\", label: appelez le 15 }\n");
        _site.Build();
        Assert.Equal("1 novembre 2026", _site.Html("guide/safety-first.html").QuerySelector("time")!.TextContent);

        _site.With("input/site.yml", "title: Knee care\nlanguage: xx\nemergency: { number: \"15\", label: call 15 }\n");
        _site.Build();
        Assert.Equal("1 November 2026", _site.Html("guide/safety-first.html").QuerySelector("time")!.TextContent);
    }

    /// <summary>
    /// Each English default as a pattern: its text between placeholders ("{n} exercises" gives "exercises"), as whole
    /// words (where it begins or ends with a letter), in the case it has. Pieces with no letter (a bare "“" or ": ") say nothing of the language and are left out.
    /// </summary>
    private static readonly IReadOnlyList<(string Name, string Text, Regex Pattern)> EnglishDefaults =
        ThemeStrings.Defaults
            .SelectMany(d => Regex.Split(d.Default, @"\{\w+\}").Select(piece => (d.Name, Text: piece.Trim())))
            .Where(d => d.Text.Any(char.IsLetter))
            .Select(d => (d.Name, d.Text, new Regex(
                (char.IsLetter(d.Text[0]) ? @"(?<!\p{L})" : "") + Regex.Escape(d.Text) + (char.IsLetter(d.Text[^1]) ? @"(?!\p{L})" : ""),
                RegexOptions.CultureInvariant)))
            .ToList();

    /// <summary>
    /// What a reader sees or hears of a page: its text, the attributes read aloud, and the scripts' wording (the values
    /// of the bg-strings island; its names are the theme's). Addresses printed as text (a card's) are paths, not words.
    /// </summary>
    private static string ReaderText(IDocument page)
    {
        foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']").ToList())
        {
            data.Remove(); // schema.org's own vocabulary, for search engines
        }
        var island = page.GetElementById("bg-strings")!;
        var scriptWording = JsonSerializer.Deserialize<Dictionary<string, string>>(island.TextContent)!.Values;
        island.Remove();
        var attributes = page.All.SelectMany(e => ReaderAttributes.Select(e.GetAttribute).Append(e.LocalName == "meta" ? e.GetAttribute("content") : null));
        var text = string.Join('\n', [page.Title ?? "", page.DocumentElement.TextContent, .. attributes.OfType<string>(), .. scriptWording]);
        return Regex.Replace(text, @"[\w./-]+\.html", "");
    }
}
