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
/// A digest of everything a template model holds (strings, numbers, flags, lists and maps, in order), so a preview
/// rebuild can tell a page whose model did not change and reuse its HTML instead of rendering it again.
/// </summary>
public static class ModelFingerprint
{
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
            case IFingerprinted lazy:
                Text(hash, 'l', lazy.FingerprintKey);
                return true;
            case IDictionary<string, object?> map:
                Tag(hash, '{');
                foreach (var (key, item) in map)
                {
                    Text(hash, 'k', key);
                    if (!Add(hash, item))
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
            default:
                return false;
        }
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
