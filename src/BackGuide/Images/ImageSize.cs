using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BackGuide.Images;

/// <summary>Reads a picture's size in pixels from the start of its file (SVG viewBox, PNG, JPEG and WebP headers), without decoding it.</summary>
public static partial class ImageSize
{
    /// <summary>How much of a file is read to find its size; every header lies well inside it.</summary>
    public const int HeaderBytes = 64 * 1024;

    [GeneratedRegex("""<svg\b[^>]*?\bviewBox\s*=\s*["']\s*[-\d.eE]+[\s,]+[-\d.eE]+[\s,]+([\d.eE]+)[\s,]+([\d.eE]+)\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ViewBox();

    /// <summary>The size of a picture of the given extension (svg, png, jpg, jpeg, webp); null when its header cannot be read.</summary>
    public static (int Width, int Height)? Read(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        "svg" => Svg(head),
        "png" => Png(head),
        "jpg" or "jpeg" => Jpeg(head),
        "webp" => WebP(head),
        _ => null,
    };

    private static (int, int)? Svg(ReadOnlySpan<byte> head)
    {
        var match = ViewBox().Match(Encoding.UTF8.GetString(head));
        return match.Success
            && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0
            ? ((int)Math.Round(w), (int)Math.Round(h))
            : null;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static (int, int)? Png(ReadOnlySpan<byte> head) =>
        head.Length >= 24 && head[..8].SequenceEqual(PngSignature) && head[12..16].SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]))
            : null;

    private static (int, int)? Jpeg(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4 || head[0] != 0xFF || head[1] != 0xD8)
        {
            return null;
        }
        var at = 2;
        while (at + 9 < head.Length && head[at] == 0xFF)
        {
            var marker = head[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(head[(at + 2)..]);
            // Start-of-frame markers (C0–CF except DHT C4, JPG C8, DAC CC) carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(head[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(head[(at + 5)..]));
            }
            at += 2 + length;
        }
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> head)
    {
        if (head.Length < 30 || !head[..4].SequenceEqual("RIFF"u8) || !head[8..12].SequenceEqual("WEBP"u8))
        {
            return null;
        }
        var chunk = Encoding.ASCII.GetString(head[12..16]);
        return chunk switch
        {
            "VP8 " => (BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF),
            "VP8L" => (1 + (head[21] | ((head[22] & 0x3F) << 8)), 1 + ((head[22] >> 6) | (head[23] << 2) | ((head[24] & 0x0F) << 10))),
            "VP8X" => (1 + (head[24] | (head[25] << 8) | (head[26] << 16)), 1 + (head[27] | (head[28] << 8) | (head[29] << 16))),
            _ => null,
        };
    }
}
