namespace BackGuide.Tests.Support;

/// <summary>
/// The collection of tests that time something in a browser (how long fitting a card blocks the page): it runs alone,
/// after the classes that run in parallel, so the suite's own printing never slows what it times. Take it with
/// <c>[Collection(TimedTests.Name)]</c>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "timed alone";
}
