using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BackGuide.Tests.Support;

/// <summary>
/// Reads what a test needs from a PDF that a browser printed: how many pages, their sizes, the text of each. Chromium
/// writes its page objects in plain sight; Firefox packs them into compressed object streams, which are inflated and
/// searched too.
/// </summary>
public static partial class PdfPages
{
    /// <summary>Points per millimetre: a PDF measures pages in points of 1/72 inch.</summary>
    public const double PointsPerMm = 72 / 25.4;

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

    /// <summary>Each page's width and height in millimetres, from its MediaBox.</summary>
    public static IReadOnlyList<(double Width, double Height)> SizesInMm(byte[] pdf) =>
        MediaBox().Matches(Encoding.Latin1.GetString(pdf))
            .Select(m => (Number(m, "x1") - Number(m, "x0"), Number(m, "y1") - Number(m, "y0")))
            .Select(size => (size.Item1 / PointsPerMm, size.Item2 / PointsPerMm))
            .ToList();

    /// <summary>
    /// The text of each page in the order Chromium wrote it (the document's order; a page's margin boxes first), with
    /// runs of white space made one space: what <c>pdftotext -raw</c> (poppler-utils, which CI installs) reads from it.
    /// </summary>
    public static IReadOnlyList<string> Texts(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "backguide-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext (poppler-utils) could not be started");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // pdftotext ends every page with a form feed, so the piece after the last one is empty.
            return text.Split('\f')[..^1].Select(Flatten).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Text with every run of white space (line breaks, en spaces) made one space, to compare with HTML text.</summary>
    public static string Flatten(string text) => Spaces().Replace(text, " ").Trim();

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*(?<x0>[-\d.]+)\s+(?<y0>[-\d.]+)\s+(?<x1>[-\d.]+)\s+(?<y1>[-\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>An object's dictionary (no nested dictionaries, as object streams have) and the "stream" keyword after it.</summary>
    [GeneratedRegex(@"<<(?<dict>[^<>]*)>>\s*stream\r?\n")]
    private static partial Regex StreamStart();
}
