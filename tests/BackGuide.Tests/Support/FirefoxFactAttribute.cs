namespace BackGuide.Tests.Support;

/// <summary>A test that needs Firefox. Without it, it is skipped with the reason; with CI=true it runs and fails instead.</summary>
public sealed class FirefoxFactAttribute : FactAttribute
{
    public FirefoxFactAttribute()
    {
        if (FirefoxSession.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A data-driven test that needs Firefox; skipped like <see cref="FirefoxFactAttribute"/>.</summary>
public sealed class FirefoxTheoryAttribute : TheoryAttribute
{
    public FirefoxTheoryAttribute()
    {
        if (FirefoxSession.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
