using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BackGuide.Tests.Support;

/// <summary>
/// Reads what a test needs from a PDF that a browser printed: how many pages it has. Chromium writes its page objects
/// in plain sight; Firefox packs them into compressed object streams, which are inflated and searched too.
/// </summary>
public static partial class PdfPages
{
    public static int Count(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return PageObject().Count(text) + ObjectStreams(pdf, text).Sum(stream => PageObject().Count(stream));
    }

    /// <summary>The inflated text of each object stream (/Type /ObjStm, /FlateDecode): where Firefox keeps its pages.</summary>
    private static IEnumerable<string> ObjectStreams(byte[] pdf, string text)
    {
        foreach (Match start in StreamStart().Matches(text))
        {
            var dictionary = start.Groups["dict"].Value;
            if (!dictionary.Contains("/ObjStm", StringComparison.Ordinal) || !dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }
            var from = start.Index + start.Length;
            var end = text.IndexOf("endstream", from, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }
            using var inflated = new ZLibStream(new MemoryStream(pdf, from, end - from), CompressionMode.Decompress);
            using var reader = new StreamReader(inflated, Encoding.Latin1);
            yield return reader.ReadToEnd();
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    /// <summary>An object's dictionary (no nested dictionaries, as object streams have) and the "stream" keyword after it.</summary>
    [GeneratedRegex(@"<<(?<dict>[^<>]*)>>\s*stream\r?\n")]
    private static partial Regex StreamStart();
}
