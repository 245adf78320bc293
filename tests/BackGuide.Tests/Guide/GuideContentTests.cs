using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Guide;

/// <summary>The shipped back-care guide held to its own rules, checked on what a reader gets.</summary>
public sealed partial class GuideContentTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    /// <summary>Lines from the source material's advertising and poor rewording that must never reach the guide.</summary>
    private static readonly string[] ForbiddenPhrases =
    [
        "6 Minutes Back Pain Relief", "Relief App", ">>", "THIS gentle movement", "Eliminate Your Back Pain",
        "Content is protected", "muscle mass", "workout", "as well as leg", "tenderness", "in Seconds",
    ];

    private IEnumerable<string> ExercisePages => guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && !p.EndsWith("index.html", StringComparison.Ordinal) && !p.Contains("/targets/", StringComparison.Ordinal) && !p.Contains("/positions/", StringComparison.Ordinal));

    private static IEnumerable<string> InputPages => Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories);

    [Fact]
    public void TheGuide_BuildsWithoutErrorsOrWarnings()
    {
        Assert.Empty(guide.Result.Diagnostics);
        Assert.True(guide.Result.PageCount > 35);
    }

    [Fact]
    public void TheGuide_HasEveryExerciseAndSelfCareTopicItPromises()
    {
        string[] exercises =
        [
            "partial-crunch", "hamstring-stretch", "wall-sit", "bird-dog", "childs-pose", "cat-cow", "pelvic-tilt",
            "lying-lateral-leg-lift", "single-leg-raise", "seated-spinal-twist", "knee-to-chest", "piriformis-stretch", "sphinx",
            "knee-rolls", "bridge", "standing-toe-touches", "double-leg-lifts", "full-sit-ups", "lifting-with-a-bent-back", "slumped-sitting",
        ];
        string[] selfCare =
        [
            "hot-and-cold", "sleep", "aerobic-activity", "core-strength", "move-every-hour", "desk-setup", "safe-lifting",
            "posture", "stress", "mind", "enjoyable-activities", "balneotherapy", "sticking-with-it",
        ];
        string[] guidePages =
        [
            "start-here", "what-to-expect", "acute-and-persistent-pain", "safety-first", "see-a-doctor", "sciatica",
            "pain-relief-and-work", "exercise-plan", "exercise-log", "about",
        ];

        var files = guide.HtmlFiles.ToHashSet();
        Assert.All(exercises, slug => Assert.Contains($"exercises/{slug}.html", files));
        Assert.All(selfCare, slug => Assert.Contains($"self-care/{slug}.html", files));
        Assert.All(guidePages, slug => Assert.Contains($"guide/{slug}.html", files));
    }

    [Fact]
    public void EveryExerciseToDo_ShowsNumberedStepsADoseItsOwnCautionsAndEasierAndHarderVersions()
    {
        var cautionSets = new List<string>();
        foreach (var path in ExercisePages)
        {
            var html = guide.Html(path);
            if (html.QuerySelector("[data-avoid-banner]") is not null)
            {
                continue;
            }
            Assert.True(html.QuerySelectorAll(".steps ol > li").Length >= 3, $"{path}: fewer than three steps");
            Assert.NotEmpty(html.QuerySelectorAll(".dose dd"));
            var cautions = html.QuerySelectorAll(".cautions li").Select(li => li.TextContent).ToList();
            Assert.NotEmpty(cautions);
            cautionSets.Add(string.Join('|', cautions));
            var headings = html.QuerySelectorAll("main .content h2").Select(h => h.TextContent).ToList();
            Assert.Contains("Easier version", headings);
            Assert.Contains("Harder version", headings);
        }
        Assert.Equal(15, cautionSets.Count);
        Assert.Equal(cautionSets.Count, cautionSets.Distinct().Count()); // each exercise's cautions are its own
    }

    [Fact]
    public void TheSourceDoses_AreKept()
    {
        Assert.Equal("15–30 seconds", Dose("hamstring-stretch", "Hold"));
        Assert.Equal("2–4", Dose("hamstring-stretch", "Repetitions"));
        Assert.Equal("8–12", Dose("partial-crunch", "Repetitions"));
        Assert.StartsWith("12–15", Dose("pelvic-tilt", "Repetitions"), StringComparison.Ordinal);
        Assert.Equal("8–12", Dose("wall-sit", "Repetitions"));
        Assert.Contains("10", Dose("wall-sit", "Hold"), StringComparison.Ordinal);
    }

    private string Dose(string slug, string label)
    {
        var html = guide.Html($"exercises/{slug}.html");
        var entry = html.QuerySelectorAll(".dose dl > div").FirstOrDefault(d => d.QuerySelector("dt")?.TextContent == label);
        return entry?.QuerySelector("dd")?.TextContent ?? $"(no {label} on {slug})";
    }

    [Fact]
    public void EveryMovementToAvoid_GivesAReason_AndAnAlternativeThatExists()
    {
        var avoided = 0;
        foreach (var path in ExercisePages)
        {
            var banner = guide.Html(path).QuerySelector("[data-avoid-banner]");
            if (banner is null)
            {
                continue;
            }
            avoided++;
            Assert.True(banner.TextContent.Length > 60, $"{path}: the reason is missing or too short");
            var links = banner.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, "exercises", href.Split('#')[0])), $"{path}: {href} does not exist"));
        }
        Assert.Equal(5, avoided);
    }

    [Fact]
    public void EveryPage_HasASummary_AsItsMetaDescription()
    {
        foreach (var path in guide.HtmlFiles.Where(p => p != "404.html"))
        {
            var description = guide.Html(path).QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{path} has no description");
        }
        foreach (var file in InputPages)
        {
            Assert.Matches(SummaryLine(), File.ReadAllText(file));
        }
    }

    [Fact]
    public void NoAdvertisingOrPoorRewordingFromTheSource_Appears()
    {
        foreach (var file in InputPages.Append(Path.Combine(Repository.Input, "site.yml")))
        {
            var text = File.ReadAllText(file);
            foreach (var phrase in ForbiddenPhrases)
            {
                Assert.False(text.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"{file} contains '{phrase}'");
            }
        }
    }

    [SourceMaterialFact]
    public void NoSentenceIsCopiedFromTheSourceMaterial()
    {
        var seeds = SourceMaterialFactAttribute.Folder;
        var sourceRuns = Directory.EnumerateFiles(seeds, "*.txt").SelectMany(f => Runs(File.ReadAllText(f), 8)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(sourceRuns);

        foreach (var file in InputPages)
        {
            var copied = Runs(File.ReadAllText(file), 8).Where(sourceRuns.Contains).ToList();
            Assert.True(copied.Count == 0, $"{file} repeats the source: '{copied.FirstOrDefault()}'");
        }
    }

    [Fact]
    public void EveryInternalLink_Resolves()
    {
        var parsed = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal); // each page parsed once, not once per link to it
        IHtmlDocument Html(string path) => parsed.TryGetValue(path, out var document) ? document : parsed[path] = guide.Html(path);
        foreach (var path in guide.HtmlFiles)
        {
            foreach (var href in Html(path).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }
                var parts = href.Split('#');
                var target = parts[0].Length == 0 ? path : Path.GetRelativePath(guide.OutputDirectory,
                    Path.GetFullPath(Path.Combine(guide.OutputDirectory, Path.GetDirectoryName(path)!, parts[0].Split('?')[0]))).Replace('\\', '/');
                Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, target)), $"{path}: {href} leads nowhere");
                if (parts.Length > 1 && parts[1].Length > 0)
                {
                    Assert.True(Html(target).GetElementById(parts[1]) is not null, $"{path}: {href} names no element on {target}");
                }
            }
        }
    }

    [Fact]
    public void TheSafetyPages_CarryTheStopRuleAndTheRedFlags()
    {
        var safety = guide.Html("guide/safety-first.html").QuerySelector("main")!.TextContent;
        foreach (var part in new[] { "sharp", "clearly worse", "more than 30 minutes", "next morning", "spreads down a leg", "easier version" })
        {
            Assert.Contains(part, safety, StringComparison.Ordinal); // the stop rule works for people who are always in some pain
        }
        Assert.NotNull(guide.Html("guide/safety-first.html").GetElementById("the-stop-rule"));
        var page = guide.Html("guide/see-a-doctor.html");
        var emergency = page.QuerySelector("main .callout--danger:not(.contacts *)")!.TextContent.ToLowerInvariant();
        foreach (var flag in new[] { "saddle", "genitals", "bladder", "bowel", "erection", "both", "getting worse", "give way", "accident", "do not drive" })
        {
            Assert.Contains(flag, emergency, StringComparison.Ordinal);
        }
        var urgent = page.QuerySelector("main .callout--warning:not(.contacts *)")!.TextContent.ToLowerInvariant();
        foreach (var flag in new[] { "temperature", "sweats", "weight loss", "cancer", "worse at night", "lump", "shoulder blades", "chest pain",
                     "cough", "under 20 or over 50", "osteoporosis", "steroid", "immune", "inject", "small fall", "midwife" })
        {
            Assert.Contains(flag, urgent, StringComparison.Ordinal);
        }
        Assert.Contains("what to tell your clinician", page.QuerySelector("main")!.TextContent.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWarningSignsPage_ShowsWhoToCall_FromSiteYml_AndTheSciaticaPageIsLinked()
    {
        var page = guide.Html("guide/see-a-doctor.html");
        var contacts = page.QuerySelector("main .contacts")!;
        Assert.Equal("tel:999", contacts.QuerySelector(".callout--danger a")!.GetAttribute("href"));
        Assert.Equal("tel:111", contacts.QuerySelector(".callout--warning a")!.GetAttribute("href"));
        Assert.Null(guide.Html("guide/safety-first.html").QuerySelector("main .contacts"));
        Assert.Contains(guide.Html("guide/safety-first.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "sciatica.html");
        Assert.NotNull(guide.Html("guide/sciatica.html").QuerySelector("main h1"));
    }

    [Fact]
    public void TheHomePage_LinksEveryGuidePage_AndTheExercisesSelfCareAvoidAndCards()
    {
        var links = guide.Html("index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var page in new[]
        {
            "guide/start-here.html", "guide/what-to-expect.html", "guide/safety-first.html", "guide/see-a-doctor.html", "guide/sciatica.html",
            "guide/pain-relief-and-work.html", "guide/exercise-plan.html", "guide/exercise-log.html", "guide/about.html",
            "exercises/index.html", "self-care/index.html", "avoid.html", "cards/index.html",
        })
        {
            Assert.Contains(page, links);
        }
        var exercises = guide.Html("exercises/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("knee-rolls.html", exercises);
        Assert.Contains("bridge.html", exercises);
    }

    [Fact]
    public void TheNewExercises_LinkToTheirRelatedExercises_BothWays()
    {
        foreach (var (slug, others) in new[] { ("knee-rolls", new[] { "pelvic-tilt", "knee-to-chest", "seated-spinal-twist", "bridge" }), ("bridge", ["pelvic-tilt", "bird-dog", "knee-rolls", "wall-sit"]) })
        {
            Assert.All(others, other => Assert.Contains(guide.Html($"exercises/{slug}.html").QuerySelectorAll("main .related a"), a => a.GetAttribute("href") == $"{other}.html"));
            Assert.All(others, other => Assert.Contains(guide.Html($"exercises/{other}.html").QuerySelectorAll("main .related a"), a => a.GetAttribute("href") == $"{slug}.html"));
        }
    }

    [Fact]
    public void EveryStarterRoutine_OpensJustItsCards_AndThePlanHasAPrintableLog()
    {
        var plan = guide.Html("guide/exercise-plan.html");
        var routines = plan.QuerySelectorAll("main .content a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("../cards/index.html?only=", StringComparison.Ordinal)).ToList();
        Assert.True(routines.Count >= 3, "the plan links at least three routines to their cards");
        foreach (var slug in routines.SelectMany(r => r.Split("?only=")[1].Split(',')))
        {
            Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, "cards", slug + ".html")), $"a routine names '{slug}', which has no card");
        }
        Assert.Contains("../cards/index.html?only=knee-rolls,pelvic-tilt,knee-to-chest", routines);
        Assert.Contains(routines, r => r.Contains("bird-dog", StringComparison.Ordinal) && r.Contains("bridge", StringComparison.Ordinal));
        var weeks = plan.QuerySelector("main table")!.TextContent;
        Assert.Contains("1 and 2", weeks, StringComparison.Ordinal);
        Assert.Contains("7 and 8", weeks, StringComparison.Ordinal);
        Assert.Contains(plan.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "exercise-log.html");
        Assert.True(guide.Html("guide/exercise-log.html").QuerySelectorAll("main table tbody tr").Length >= 10, "the log has room for at least ten days");
    }

    [Fact]
    public void WhatToExpect_AndPainReliefAndWork_SayWhatGuidanceSays()
    {
        var expect = guide.Html("guide/what-to-expect.html").QuerySelector("main")!.TextContent;
        foreach (var part in new[] { "Hurt does not mean harm", "2 weeks", "4 to 6 weeks", "Scans are rarely needed" })
        {
            Assert.Contains(part, expect, StringComparison.Ordinal);
        }
        Assert.Contains(guide.Html("guide/what-to-expect.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "safety-first.html#if-your-back-flares-up");
        var relief = guide.Html("guide/pain-relief-and-work.html").QuerySelector("main")!.TextContent;
        foreach (var part in new[] { "pharmacist", "ibuprofen", "stomach ulcer", "asthma", "kidney", "heart", "pregnant", "paracetamol on its own", "going back early" })
        {
            Assert.Contains(part, relief, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheAboutPage_NamesItsSources_AndSaysNoClinicianHasReviewedIt()
    {
        var about = guide.Html("guide/about.html").QuerySelector("main")!.TextContent;
        foreach (var source in new[] { "NICE guideline NG59", "QS155", "NHS inform", "Chartered Society of Physiotherapy", "Health and Safety Executive", "O'Sullivan", "Saraceni" })
        {
            Assert.Contains(source, about, StringComparison.Ordinal);
        }
        Assert.Contains("No clinician has reviewed or signed off this guide yet.", about, StringComparison.Ordinal);
    }

    /// <summary>Every run of <paramref name="length"/> consecutive words, lower-cased, punctuation dropped.</summary>
    private static IEnumerable<string> Runs(string text, int length)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + length <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, length);
        }
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?m)^summary: \S")]
    private static partial Regex SummaryLine();
}
