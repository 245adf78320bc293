namespace BackGuide.Pipeline;

/// <summary>What to build and where: the folders a build reads and the one it writes.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>A folder whose files override the shipped theme, file by file; null to use only the shipped theme (and input/_theme).</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>True to build pages marked <c>draft: true</c> too (<c>--drafts</c>, and preview); they are marked as drafts.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>False for <c>check</c>: validate everything, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>HTML injected before &lt;/body&gt; of every page (the preview server's reload script); empty for real builds.</summary>
    public string BodyEndInjection { get; init; } = "";

    /// <summary>Tells the user something at once, while the build goes on (that it waits for another build to finish).</summary>
    public Action<string>? Notice { get; init; }

    /// <summary>How long to wait for another build writing the same output folder before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
