using BackGuide.Diagnostics;

namespace BackGuide.Pipeline;

/// <summary>What a build did: its diagnostics, how many pages it wrote, and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, TimeSpan Elapsed, bool Written)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
