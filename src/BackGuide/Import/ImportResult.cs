using BackGuide.Diagnostics;

namespace BackGuide.Import;

/// <summary>What an import did: its diagnostics, and how many pages and other files it wrote.</summary>
public sealed record ImportResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
