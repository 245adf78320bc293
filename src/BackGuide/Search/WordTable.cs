using System.Runtime.CompilerServices;

namespace BackGuide.Search;

/// <summary>
/// Numbers for words, found by a span, so a word met before costs no string. Open addressing over a table at most
/// half full; for one thread. Plain code rather than a generic dictionary: the build runs this once per process, with
/// no time for generic instantiations to be recompiled optimised.
/// </summary>
internal sealed class WordTable
{
    private Entry[] _entries = new Entry[1024];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        var hash = Hash(word);
        var mask = _entries.Length - 1;
        for (var i = hash & mask; _entries[i].Word is { } key; i = (i + 1) & mask)
        {
            if (_entries[i].Hash == hash && word.SequenceEqual(key))
            {
                value = _entries[i].Value;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Adds a word not in the table yet.</summary>
    public void Add(string word, int value)
    {
        if ((_count + 1) * 2 > _entries.Length)
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            foreach (var entry in old)
            {
                if (entry.Word is not null)
                {
                    Insert(entry);
                }
            }
        }
        Insert(new Entry(word, Hash(word), value));
        _count++;
    }

    private void Insert(Entry entry)
    {
        var mask = _entries.Length - 1;
        var i = entry.Hash & mask;
        while (_entries[i].Word is not null)
        {
            i = (i + 1) & mask;
        }
        _entries[i] = entry;
    }

    /// <summary>FNV-1a over the characters, its high bits folded down so the table's mask sees them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)(hash ^ (hash >> 16)) & int.MaxValue;
    }

    private readonly record struct Entry(string? Word, int Hash, int Value);
}
