namespace BackGuide.Tests.Support;

/// <summary>
/// A test that needs Debian's Chromium. Without Chromium it is skipped with the reason — except when CI=true,
/// where it runs and fails, so a CI machine that lacks the browser cannot pass by skipping.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserSession.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A data-driven browser test; skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserSession.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
