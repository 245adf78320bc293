using System.Text.Json;
using BackGuide.FrontMatter;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary><c>backguide schema</c> and the JSON Schema shipped in the repository for editors.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ShippedSchema_IsWhatTheSchemaCommandWrites()
    {
        var run = CliRunner.Invoke(_site.Root, "schema", "--output", "out/frontmatter.schema.json");
        var shipped = File.ReadAllText(Path.Combine(Repository.Root, "schema", "frontmatter.schema.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(shipped == File.ReadAllText(Path.Combine(_site.Root, "out", "frontmatter.schema.json")),
            "schema/frontmatter.schema.json is stale: run 'dotnet run --project src/BackGuide.Cli -- schema --output schema/frontmatter.schema.json'.");
    }

    [Theory]
    [InlineData("exercise", "category", "stretch")]
    [InlineData("exercise", "position", "kneeling")]
    [InlineData("exercise", "difficulty", "hard")]
    public void Schema_ListsTheAllowedChoices(string kind, string field, string choice)
    {
        var schema = JsonDocument.Parse(FrontMatterJsonSchema.Generate()).RootElement;

        var choices = schema.GetProperty("definitions").GetProperty(kind).GetProperty("properties").GetProperty(field).GetProperty("enum");

        Assert.Contains(choice, choices.EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Schema_RequiresWhatTheBuildRequires_AndExcusesMovementsToAvoid()
    {
        var exercise = JsonDocument.Parse(FrontMatterJsonSchema.Generate()).RootElement.GetProperty("definitions").GetProperty("exercise");

        var required = exercise.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        var unlessAvoid = exercise.GetProperty("then").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();

        Assert.Equal(["title", "summary", "targets", "position"], required);
        Assert.Equal(["category", "equipment", "difficulty", "dose", "steps", "cautions"], unlessAvoid);
        Assert.False(exercise.GetProperty("additionalProperties").GetBoolean());
    }
}
