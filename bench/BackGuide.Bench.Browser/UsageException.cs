namespace BackGuide.Bench.Browser;

/// <summary>The command line is wrong: an unknown command or option, or a bad value.</summary>
public sealed class UsageException(string message) : Exception(message);
