using System.Text;

namespace BackGuide.Text;

/// <summary>Decodes files as UTF-8, strictly for content (so bad bytes are reported) and leniently for theme files.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (dropping a byte-order mark) and normalises line endings to '\n'.</summary>
    /// <returns>False with the byte offset of the first invalid sequence when the bytes are not UTF-8 text.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out long badOffset)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            text = "";
            badOffset = nul;
            return false;
        }
        try
        {
            text = NormalizeNewlines(Strict.GetString(bytes));
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            badOffset = ex.Index;
            return false;
        }
    }

    public static string DecodeLenient(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        return NormalizeNewlines(Encoding.UTF8.GetString(bytes));
    }

    private static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
