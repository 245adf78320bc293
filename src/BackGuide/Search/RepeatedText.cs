using System.Runtime.InteropServices;

namespace BackGuide.Search;

/// <summary>
/// Leaves out of the index the body lines that many pages repeat word for word — a safety reminder on every exercise,
/// a standard closing line — since they say nothing about any one page, and would make a word in them (the stop rule's
/// "numbness") rank every page that repeats it above the one page that is about it. A line counts when it has
/// <see cref="MinWords"/> words or more and appears on <see cref="MinPages"/> pages or more, and on at least a tenth of
/// the pages: a step that three exercises of forty share ("Kneel on all fours…") is content, not boilerplate.
/// </summary>
public static class RepeatedText
{
    public const int MinWords = 4;
    public const int MinPages = 3;
    public const double MinShare = 0.1;

    public static IReadOnlyList<SearchablePage> Remove(IReadOnlyList<SearchablePage> pages)
    {
        var pagesWith = new Dictionary<ulong, int>();
        var onPage = new HashSet<ulong>();
        foreach (var page in pages)
        {
            onPage.Clear();
            foreach (var piece in page.Text)
            {
                if (piece.Field == SearchField.Body)
                {
                    foreach (var line in piece.Text.AsSpan().EnumerateLines())
                    {
                        if (IsLong(line) && onPage.Add(Hash(line.Trim())))
                        {
                            CollectionsMarshal.GetValueRefOrAddDefault(pagesWith, Hash(line.Trim()), out _)++;
                        }
                    }
                }
            }
        }
        var least = Math.Max(MinPages, pages.Count * MinShare);
        var repeated = pagesWith.Where(p => p.Value >= least).Select(p => p.Key).ToHashSet();
        return repeated.Count == 0 ? pages : pages.Select(page => Without(page, repeated)).ToList();
    }

    private static SearchablePage Without(SearchablePage page, HashSet<ulong> repeated)
    {
        bool IsRepeated(ReadOnlySpan<char> line) => IsLong(line) && repeated.Contains(Hash(line.Trim()));
        bool HasRepeated(FieldText piece)
        {
            foreach (var line in piece.Text.AsSpan().EnumerateLines())
            {
                if (IsRepeated(line))
                {
                    return true;
                }
            }
            return false;
        }
        if (!page.Text.Any(piece => piece.Field == SearchField.Body && HasRepeated(piece)))
        {
            return page;
        }
        var text = new List<FieldText>(page.Text.Count);
        foreach (var piece in page.Text)
        {
            if (piece.Field != SearchField.Body || !HasRepeated(piece))
            {
                text.Add(piece);
                continue;
            }
            var kept = new List<string>();
            foreach (var line in piece.Text.AsSpan().EnumerateLines())
            {
                if (!IsRepeated(line))
                {
                    kept.Add(line.ToString());
                }
            }
            text.Add(piece with { Text = string.Join('\n', kept) });
        }
        return page with { Text = text };
    }

    private static bool IsLong(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words >= MinWords)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>FNV-1a over 64 bits: the same on every run (string hashes are not), and with no collision to fear at a site's size.</summary>
    private static ulong Hash(ReadOnlySpan<char> line)
    {
        var hash = 14695981039346656037;
        foreach (var c in line)
        {
            hash = (hash ^ c) * 1099511628211;
        }
        return hash;
    }
}
