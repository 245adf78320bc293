namespace BackGuide.Cli.Preview;

/// <summary>
/// Turns a request target into a path inside the site, refusing anything that could name a file outside it:
/// dot segments (plain or percent-encoded), encoded slashes or backslashes, NUL bytes.
/// </summary>
public static class RequestPath
{
    /// <returns>The output path ("exercises/bird-dog.html"; "" for the root), or null when the request must be refused.</returns>
    public static string? Resolve(string rawTarget)
    {
        var query = rawTarget.IndexOfAny(['?', '#']);
        var raw = query < 0 ? rawTarget : rawTarget[..query];
        if (!raw.StartsWith('/') || raw.Contains('\\', StringComparison.Ordinal)
            || raw.Contains("%2f", StringComparison.OrdinalIgnoreCase) || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (decoded.Contains('\0', StringComparison.Ordinal) || decoded.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }
        var segments = decoded.Split('/');
        if (segments.Any(s => s is "." or ".." || s.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }
        return decoded.TrimStart('/');
    }
}
