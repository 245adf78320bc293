using System.Text.Json;
using AngleSharp.Dom;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Guide;

/// <summary>The pictures of the shipped guide: every exercise and every movement to avoid shows one, described, on its page and its card.</summary>
public sealed class GuidePicturesTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private static readonly string[] PictureExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    private List<string> ExerciseSlugs =>
        Directory.EnumerateFiles(Path.Combine(guide.OutputDirectory, "exercises"), "*.html")
            .Select(Path.GetFileNameWithoutExtension).Where(s => s != "index").Select(s => s!).Order(StringComparer.Ordinal).ToList();

    /// <summary>Each picture in <paramref name="scope"/> has words for people who cannot see it, a size so the page keeps its place, and a file behind it.</summary>
    private void AssertDescribedPictures(IElement scope, string page, int atLeast)
    {
        var pictures = scope.QuerySelectorAll(".figure img").ToList();
        Assert.True(pictures.Count >= atLeast, $"{page} shows {pictures.Count} pictures, expected at least {atLeast}");
        foreach (var img in pictures)
        {
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")), $"a picture on {page} has no alt text");
            Assert.True(int.Parse(img.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0, $"a picture on {page} has no width");
            Assert.True(int.Parse(img.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > 0, $"a picture on {page} has no height");
            var file = Path.GetFullPath(Path.Combine(guide.OutputDirectory, Path.GetDirectoryName(page)!, img.GetAttribute("src")!));
            Assert.True(File.Exists(file), $"{page} shows {img.GetAttribute("src")}, which is not in the output");
        }
    }

    [Fact]
    public void EveryExerciseAndMovementToAvoid_ShowsItsStartAndEnd_OrDoAndDont_Described()
    {
        Assert.True(ExerciseSlugs.Count >= 18);
        foreach (var slug in ExerciseSlugs)
        {
            var page = $"exercises/{slug}.html";
            AssertDescribedPictures(guide.Html(page).QuerySelector("main")!, page, atLeast: 2);
        }
    }

    [Fact]
    public void EveryCard_OnItsOwnAndOnTheSheet_ShowsAtLeastOneDescribedPicture()
    {
        foreach (var slug in ExerciseSlugs)
        {
            AssertDescribedPictures(guide.Html($"cards/{slug}.html").QuerySelector("[data-card]")!, $"cards/{slug}.html", atLeast: 1);
        }
        var sheet = guide.Html("cards/index.html").QuerySelectorAll("[data-card]").ToList();
        Assert.Equal(ExerciseSlugs.Count, sheet.Count);
        Assert.All(sheet, card => AssertDescribedPictures(card, "cards/index.html", atLeast: 1));
    }

    [Fact]
    public void EveryPictureFileOfTheGuide_IsUnder300KB_AndTheFiguresFollowTheTextColour()
    {
        var pictures = Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories)
            .Where(f => PictureExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();

        Assert.True(pictures.Count >= 36, $"found only {pictures.Count} pictures");
        Assert.All(pictures, f => Assert.True(new FileInfo(f).Length < 300 * 1024, $"{Path.GetFileName(f)} is over 300 KB"));
        // Dark mode turns the line art light: the body is drawn in currentColor, not a fixed black.
        Assert.All(pictures.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)),
            f => Assert.Contains("currentColor", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void TheHowToOfEachExercise_NamesItsFirstPicture_AsAFileOfTheSite()
    {
        foreach (var slug in ExerciseSlugs)
        {
            var page = $"exercises/{slug}.html";
            var html = guide.Html(page);
            var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            if (json.GetProperty("@type").GetString() != "HowTo")
            {
                continue;
            }
            var image = json.GetProperty("image").GetString()!;
            Assert.Equal(html.QuerySelector(".figure img")!.GetAttribute("src"), image);
            Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, "exercises", image)), $"{page}: {image} is not in the output");
        }
    }
}
