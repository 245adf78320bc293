using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackGuide.Templates;

/// <summary>A value in a template model that stands for a large or lazily made text, and says cheaply what that text depends on.</summary>
public interface IFingerprinted
{
    /// <summary>Everything the value's text is made from; equal keys mean equal text.</summary>
    string FingerprintKey { get; }
}

/// <summary>
/// A digest of everything a template model holds (strings, numbers, flags, lists, maps and the view records' properties,
/// in order), so a preview rebuild can tell a page whose model did not change and reuse its HTML instead of rendering it again.
/// </summary>
public static class ModelFingerprint
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> Properties = new();

    /// <summary>The digest of <paramref name="model"/>, or null when it holds a value this cannot read (the page is then always rendered).</summary>
    public static byte[]? Of(object? model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        return Add(hash, model) ? hash.GetHashAndReset() : null;
    }

    private static bool Add(IncrementalHash hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 'n');
                return true;
            case string text:
                Text(hash, 's', text);
                return true;
            case bool flag:
                Tag(hash, flag ? 't' : 'f');
                return true;
            case int or long or double or decimal:
                Text(hash, '#', Convert.ToString(value, CultureInfo.InvariantCulture)!);
                return true;
            case Enum choice:
                Text(hash, 'e', choice.ToString());
                return true;
            case IFingerprinted lazy:
                Text(hash, 'l', lazy.FingerprintKey);
                return true;
            case TrustedHtml html:
                Text(hash, 'h', html.ToString());
                return true;
            case IDictionary map:
                Tag(hash, '{');
                foreach (DictionaryEntry entry in map)
                {
                    Text(hash, 'k', entry.Key.ToString() ?? "");
                    if (!Add(hash, entry.Value))
                    {
                        return false;
                    }
                }
                Tag(hash, '}');
                return true;
            case IEnumerable list:
                Tag(hash, '[');
                foreach (var item in list)
                {
                    if (!Add(hash, item))
                    {
                        return false;
                    }
                }
                Tag(hash, ']');
                return true;
            case not null when value.GetType().Namespace is "BackGuide.Views" or "BackGuide.Content":
                return AddRecord(hash, value);
            default:
                return false;
        }
    }

    /// <summary>A view record: its type, then each public property in declaration order.</summary>
    private static bool AddRecord(IncrementalHash hash, object record)
    {
        var type = record.GetType();
        Text(hash, 'r', type.Name);
        var properties = Properties.GetOrAdd(type, static t =>
            t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken)
                .ToArray());
        foreach (var property in properties)
        {
            if (!Add(hash, property.GetValue(record)))
            {
                return false;
            }
        }
        return true;
    }

    private static void Tag(IncrementalHash hash, char tag) => hash.AppendData([(byte)tag]);

    private static void Text(IncrementalHash hash, char tag, string text)
    {
        Span<byte> header = stackalloc byte[5];
        header[0] = (byte)tag;
        BitConverter.TryWriteBytes(header[1..], text.Length);
        hash.AppendData(header);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
