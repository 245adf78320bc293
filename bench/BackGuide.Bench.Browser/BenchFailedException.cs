namespace BackGuide.Bench.Browser;

/// <summary>The measurement could not be taken (the server did not start, a build failed, the page never updated).</summary>
public sealed class BenchFailedException(string message) : Exception(message);
