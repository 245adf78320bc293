using System.Text.RegularExpressions;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Guide;

/// <summary>The shipped guide's safety wording: one stop rule, the cautions each exercise needs, and movements to avoid framed as guidance frames them.</summary>
public sealed partial class GuideCautionsTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    /// <summary>Exercises that bend, twist or arch the spine, or stretch the sciatic nerve: each warns about symptoms spreading down a leg.</summary>
    private static readonly string[] LegSymptomExercises =
    [
        "hamstring-stretch", "single-leg-raise", "piriformis-stretch", "knee-to-chest", "childs-pose", "cat-cow", "sphinx",
        "seated-spinal-twist", "partial-crunch", "knee-rolls", "bridge",
    ];

    /// <summary>Which exercise warns which group, by the words its caution must hold (issue 18, item 4).</summary>
    private static readonly (string Slug, string Words)[] SpecialGroupCautions =
    [
        ("partial-crunch", "osteoporosis"), ("knee-to-chest", "osteoporosis"), ("seated-spinal-twist", "osteoporosis"), ("knee-rolls", "osteoporosis"),
        ("childs-pose", "hip replacement"), ("piriformis-stretch", "hip replacement"), ("knee-to-chest", "hip replacement"), ("knee-rolls", "hip replacement"),
        ("sphinx", "pregnant"), ("pelvic-tilt", "pregnant"), ("knee-to-chest", "pregnant"), ("hamstring-stretch", "pregnant"), ("partial-crunch", "pregnant"),
        ("piriformis-stretch", "pregnant"), ("single-leg-raise", "pregnant"), ("knee-rolls", "pregnant"), ("bridge", "pregnant"),
    ];

    /// <summary>Claims from the source material that guidance does not support, and an old stop rule that stopped everyone in constant pain.</summary>
    private static readonly string[] OverstatedClaims =
    [
        "block pain signals", "strengthen your core muscles and take", "put extra stress on your lower back", "presses on the discs",
        "more than mild", "lasts more than 15 minutes", "is a common cause of back injury",
    ];

    /// <summary>American spellings of words the guide uses, in British English.</summary>
    [GeneratedRegex(@"\b(toward|center|centers|program|programs|favorite|color|behavioral|practiced|stabiliz\w*|centimeters?|afterward|couch|gray|realiz\w*|organiz\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmericanSpelling();

    /// <summary>Service names and numbers: these come from site.yml (emergency, urgent), never from a page's prose.</summary>
    [GeneratedRegex(@"\b(999|111|A&E|NHS 111)\b")]
    private static partial Regex ServiceNumber();

    private static IEnumerable<string> InputPages => Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories);

    private List<string> Cautions(string slug) =>
        guide.Html($"exercises/{slug}.html").QuerySelectorAll(".cautions li").Select(li => li.TextContent).ToList();

    [Fact]
    public void TheStopRule_ReadsTheSameWherever_ItIsShown()
    {
        var stopRule = Regex.Match(File.ReadAllText(Path.Combine(Repository.Input, "site.yml")), "(?m)^stopRule: \"(.*)\"$").Groups[1].Value;
        Assert.Contains("spreads down a leg", stopRule, StringComparison.Ordinal);
        var shown = 0;
        foreach (var path in guide.HtmlFiles)
        {
            foreach (var rule in guide.Html(path).QuerySelectorAll("[data-stop-rule]"))
            {
                Assert.Contains(stopRule, rule.TextContent, StringComparison.Ordinal);
                shown++;
            }
        }
        Assert.True(shown >= 30, "the stop rule is shown on every exercise page and card");
    }

    [Fact]
    public void EveryExerciseThatCanIrritateANerve_SaysToStopIfSymptomsSpreadDownTheLeg()
    {
        foreach (var slug in LegSymptomExercises)
        {
            Assert.True(Cautions(slug).Any(c => c.Contains("Stop if pain, tingling or numbness spreads down your leg.", StringComparison.Ordinal)),
                $"{slug}: no caution about pain, tingling or numbness spreading down the leg");
        }
    }

    [Fact]
    public void TheExercisesThatNeedThem_CarryTheSpecialGroupCautions_AndTheSafetyPageListsTheGroups()
    {
        foreach (var (slug, words) in SpecialGroupCautions)
        {
            Assert.True(Cautions(slug).Any(c => c.Contains(words, StringComparison.Ordinal)), $"{slug}: no caution for '{words}'");
        }
        var safety = guide.Html("guide/safety-first.html").QuerySelector("main")!.TextContent;
        foreach (var group in new[] { "osteoporosis", "hip replacement", "Pregnancy", "16 weeks", "recent operation", "sciatica" })
        {
            Assert.Contains(group, safety, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryMovementToAvoid_IsFramedAsForNowOrForHeavyLoads_NotAsHarmful()
    {
        var avoidPages = guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && guide.Html(p).QuerySelector("[data-avoid-banner]") is not null).ToList();
        Assert.Equal(5, avoidPages.Count);
        foreach (var path in avoidPages)
        {
            var text = guide.Html(path).QuerySelector("main")!.TextContent;
            Assert.True(text.Contains("while your back is sore", StringComparison.OrdinalIgnoreCase) || text.Contains("heavy or awkward", StringComparison.OrdinalIgnoreCase),
                $"{path} does not say when the advice applies");
        }
        Assert.Equal("Sitting still for long spells", guide.Html("exercises/slumped-sitting.html").QuerySelector("main h1")!.TextContent);
        Assert.Contains("Bending forward is normal", guide.Html("exercises/standing-toe-touches.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Health and Safety Executive", guide.Html("self-care/safe-lifting.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPage_StatesTheSourcesOverstatedClaims_OrTheOldStopRule()
    {
        foreach (var file in InputPages.Append(Path.Combine(Repository.Input, "site.yml")))
        {
            var text = File.ReadAllText(file);
            Assert.All(OverstatedClaims, claim => Assert.False(text.Contains(claim, StringComparison.OrdinalIgnoreCase), $"{file} says '{claim}'"));
        }
    }

    [Fact]
    public void ThePages_AreInBritishEnglish_AndTakeServiceNumbersFromSiteYml()
    {
        foreach (var file in InputPages)
        {
            // Picture descriptions (alt) belong to the figures and are checked with them.
            foreach (var line in File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("alt:", StringComparison.Ordinal)))
            {
                Assert.False(AmericanSpelling().IsMatch(line), $"{file}: '{AmericanSpelling().Match(line).Value}' is American spelling");
                Assert.False(ServiceNumber().IsMatch(line), $"{file}: '{ServiceNumber().Match(line).Value}' belongs in site.yml (emergency, urgent)");
            }
        }
    }
}
