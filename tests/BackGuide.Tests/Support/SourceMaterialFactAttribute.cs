namespace BackGuide.Tests.Support;

/// <summary>
/// A test that reads the source articles the guide was written from (<c>../shared/seeds</c>, beside the repository in
/// this project's own CI only). Anywhere else — a fresh clone, GitHub Actions — it is skipped, saying why.
/// </summary>
public sealed class SourceMaterialFactAttribute : FactAttribute
{
    /// <summary>Where the source articles are when they are there at all.</summary>
    public static string Folder => Path.Combine(Path.GetDirectoryName(Repository.Root)!, "shared", "seeds");

    public SourceMaterialFactAttribute()
    {
        if (!Directory.Exists(Folder))
        {
            Skip = $"the source material is not beside the repository (looked for {Folder}); it exists only in this project's own CI";
        }
    }
}
