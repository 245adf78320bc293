using System.Collections.Concurrent;

namespace BackGuide.Diagnostics;

/// <summary>Collects diagnostics from steps that run in parallel; hands them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    public int ErrorCount => Volatile.Read(ref _errors);

    public bool HasErrors => ErrorCount > 0;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void Error(SourceFile file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file.DisplayPath, line, column, Severity.Error, code, message));

    public void Warning(SourceFile file, int line, int column, string code, string message) =>
        Add(new Diagnostic(file.DisplayPath, line, column, Severity.Warning, code, message));

    /// <summary>All diagnostics, sorted by file, line and column so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
