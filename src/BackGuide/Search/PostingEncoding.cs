namespace BackGuide.Search;

/// <summary>
/// Writes a term's postings (page number, weight pairs; see <see cref="SearchIndexBuilder"/> for the weight) as a short
/// string: page numbers as gaps from the previous one, each number in base 32 with the low digit from "0–9a–v" ending it and higher digits from a second alphabet before it.
/// theme/assets/search.js reads it back.
/// </summary>
public static class PostingEncoding
{
    public const string LastDigits = "0123456789abcdefghijklmnopqrstuv";
    public const string MoreDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_-";

    public static string Encode(IReadOnlyList<(int Page, int Weight)> postings) => Encode([.. postings]);

    public static string Encode(ReadOnlySpan<(int Page, int Weight)> postings)
    {
        var length = 0;
        var previous = 0;
        foreach (var (page, weight) in postings)
        {
            length += Digits(page - previous) + Digits(weight);
            previous = page;
        }
        return string.Create(length, postings, static (text, postings) =>
        {
            var at = 0;
            var previous = 0;
            foreach (var (page, weight) in postings)
            {
                at = Write(text, at, page - previous);
                at = Write(text, at, weight);
                previous = page;
            }
        });
    }

    public static List<(int Page, int Weight)> Decode(string encoded)
    {
        var numbers = new List<int>();
        var value = 0;
        foreach (var c in encoded)
        {
            var more = MoreDigits.IndexOf(c, StringComparison.Ordinal);
            if (more >= 0)
            {
                value = (value * 32) + more;
                continue;
            }
            numbers.Add((value * 32) + LastDigits.IndexOf(c, StringComparison.Ordinal));
            value = 0;
        }
        var postings = new List<(int, int)>();
        var page = 0;
        for (var i = 0; i + 1 < numbers.Count; i += 2)
        {
            page += numbers[i];
            postings.Add((page, numbers[i + 1]));
        }
        return postings;
    }

    private static int Digits(int number)
    {
        var digits = 1;
        while ((number /= 32) > 0)
        {
            digits++;
        }
        return digits;
    }

    /// <summary>Writes <paramref name="number"/> at <paramref name="at"/>, returning where it ends.</summary>
    private static int Write(Span<char> text, int at, int number)
    {
        var end = at + Digits(number);
        text[end - 1] = LastDigits[number % 32];
        for (var i = end - 2; i >= at; i--)
        {
            number /= 32;
            text[i] = MoreDigits[number % 32];
        }
        return end;
    }
}
