using System.Buffers;
using System.Globalization;
using System.Text;

namespace BackGuide.Output;

/// <summary>
/// One file of the staged site as a template writes it: the text is encoded as UTF-8 (no byte order mark) straight into
/// a pooled buffer, and handed to <see cref="StagedOutput.WriteBytes"/> when disposed, so an unchanged page can be kept
/// from the previous output. Nothing per page is allocated beyond the encoder. A file that grows past
/// <see cref="SpillAt"/> bytes (the print document of a big site) is written to disk a buffer at a time instead.
/// </summary>
internal sealed class StagedTextFile(StagedOutput staging, string outputPath) : TextWriter(CultureInfo.InvariantCulture)
{
    private const int SpillAt = 1024 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
    private int _length;
    private FileStream? _file;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars) => Encode(chars, flush: false);

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        while (true)
        {
            Reserve(Math.Min(Utf8.GetMaxByteCount(chars.Length), SpillAt));
            _encoder.Convert(chars, _buffer.AsSpan(_length), flush, out var used, out var written, out var completed);
            _length += written;
            chars = chars[used..];
            if (completed && chars.IsEmpty)
            {
                return;
            }
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more bytes: a larger buffer, or, past the spill size, the file.</summary>
    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return;
        }
        if (_file is not null || _length + count > SpillAt)
        {
            _file ??= staging.Create(outputPath);
            OutputWriteException.Guard(() => _file.Write(_buffer, 0, _length));
            _length = 0;
        }
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + count, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            try
            {
                Encode([], flush: true);
                if (_file is not null)
                {
                    OutputWriteException.Guard(() => _file.Write(_buffer, 0, _length));
                }
                else
                {
                    staging.WriteBytes(outputPath, _buffer.AsSpan(0, _length));
                }
            }
            finally
            {
                _file?.Dispose();
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }
        }
        base.Dispose(disposing);
    }
}
