using System.Text.Encodings.Web;
using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>
/// A small knee guide written in French, with every theme string translated (french-strings.tsv): every kind of page,
/// a warning-signs page, a movement to avoid, dates, counts of one and of several.
/// </summary>
public static class FrenchGuide
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The French wording by name, as french-strings.tsv has it.</summary>
    public static IReadOnlyDictionary<string, string> Strings { get; } =
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "BackGuide.Tests", "Templates", "french-strings.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => columns[1], StringComparer.Ordinal);

    public static TestSite Create() => new TestSite()
        .With("input/site.yml", $$"""
            title: Soins du genou
            description: Des exercices doux pour des genoux douloureux.
            language: fr
            disclaimer: Ce guide donne des informations générales. Il ne remplace pas l'avis d'un soignant.
            stopRule: Arrêtez si la douleur devient vive, puis faites moins la fois suivante.
            stopRulePage: guide/safety-first
            emergency: { number: "15", label: appelez le 15 }
            urgent: { number: "116117", label: appelez votre médecin }
            strings:
            {{string.Join('\n', Strings.Select(s => $"  {s.Key}: {JsonSerializer.Serialize(s.Value, Quoting)}"))}}
            """)
        .WithPage("index.md", "title: Soins du genou\nsummary: Des exercices doux et des conseils au quotidien.")
        .WithPage("guide/start-here.md", "title: Bien démarrer\nsummary: Par où commencer.\norder: 1", "Lisez d'abord la règle d'arrêt.\n")
        .WithPage("guide/safety-first.md", "title: Sécurité\nsummary: Avant de bouger.\norder: 2\nupdated: 2026-11-01",
            "## Avant\n\nÉchauffez-vous.\n\n## Pendant\n\nRespirez.\n\n## Après\n\nReposez-vous.\n")
        .WithPage("guide/see-a-doctor.md", "title: Quand consulter\nsummary: Les signes d'alerte.\norder: 3\nwarningSigns: [fièvre]", "En cas de fièvre, appelez.\n")
        .WithPage("self-care/glace.md", "title: Glace\nsummary: Du froid sur un genou douloureux.\ntopics: [douleur]", "Dix minutes suffisent.\n")
        .WithPage("exercises/flexion.md", """
            title: Flexion du genou
            summary: Garde le genou mobile.
            category: mobility
            targets: [genou, cuisses]
            position: seated
            equipment: [chaise]
            difficulty: easy
            dose: { hold: 5 secondes, reps: 10, sets: 2, sides: les deux, frequency: chaque jour }
            steps: [Asseyez-vous sur une chaise., Pliez puis tendez le genou.]
            cautions: [Restez dans le confort.]
            related: [extension]
            """, "Un exercice doux.\n")
        .WithPage("exercises/extension.md", """
            title: Extension allongée
            summary: Renforce l'avant de la cuisse.
            category: strengthen
            targets: [cuisses]
            position: lying
            equipment: []
            difficulty: moderate
            dose: { reps: 8 }
            steps: [Allongez-vous., Tendez la jambe.]
            cautions: [Sans forcer.]
            """, "Un exercice de force.\n")
        .WithPage("exercises/squat-profond.md", """
            title: Squat profond
            summary: Une flexion trop forte pour un genou douloureux.
            targets: [genou]
            position: standing
            avoid: { reason: Il charge fortement un genou douloureux., instead: [flexion] }
            """, "À laisser de côté pour l'instant.\n");
}
