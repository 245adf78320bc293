using System.Text;

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

    public static string Encode(IReadOnlyList<(int Page, int Weight)> postings)
    {
        var builder = new StringBuilder(postings.Count * 3);
        var previous = 0;
        foreach (var (page, weight) in postings)
        {
            Append(builder, page - previous);
            Append(builder, weight);
            previous = page;
        }
        return builder.ToString();
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

    private static void Append(StringBuilder builder, int number)
    {
        Span<char> digits = stackalloc char[8];
        var count = 0;
        digits[count++] = LastDigits[number % 32];
        number /= 32;
        while (number > 0)
        {
            digits[count++] = MoreDigits[number % 32];
            number /= 32;
        }
        for (var i = count - 1; i >= 0; i--)
        {
            builder.Append(digits[i]);
        }
    }
}
