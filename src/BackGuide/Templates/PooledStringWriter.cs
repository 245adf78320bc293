using System.Buffers;
using System.Globalization;
using System.Text;

namespace BackGuide.Templates;

/// <summary>
/// A <see cref="TextWriter"/> that gathers a rendered page in chunks rented from the shared array pool and makes one
/// string of it. Unlike a <see cref="StringBuilder"/> it never copies or leaves garbage while it grows, so a page costs
/// its string only, and the chunks of a 30 MB print document's body serve again for its layout.
/// </summary>
public sealed class PooledStringWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    private const int FirstChunk = 32 * 1024; // most pages fit in one chunk, still below the large object heap
    private const int LargestChunk = 1024 * 1024;

    private char[] _chunk = ArrayPool<char>.Shared.Rent(FirstChunk);
    private int _used;
    private List<char[]>? _full;
    private int _fullLength;

    public override Encoding Encoding => Encoding.Unicode;

    public int Length => _fullLength + _used;

    public override void Write(char value)
    {
        if (_used == _chunk.Length)
        {
            Grow();
        }
        _chunk[_used++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == _chunk.Length)
            {
                Grow();
            }
            var count = Math.Min(buffer.Length, _chunk.Length - _used);
            buffer[..count].CopyTo(_chunk.AsSpan(_used));
            _used += count;
            buffer = buffer[count..];
        }
    }

    public override string ToString() => string.Create(Length, this, static (target, writer) =>
    {
        foreach (var chunk in writer._full ?? [])
        {
            chunk.CopyTo(target);
            target = target[chunk.Length..];
        }
        writer._chunk.AsSpan(0, writer._used).CopyTo(target);
    });

    private void Grow()
    {
        ObjectDisposedException.ThrowIf(_chunk.Length == 0, this);
        (_full ??= []).Add(_chunk);
        _fullLength += _chunk.Length;
        var size = Math.Min(_chunk.Length * 2, LargestChunk);
        _chunk = ArrayPool<char>.Shared.Rent(size);
        _used = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var chunk in _full ?? [])
            {
                ArrayPool<char>.Shared.Return(chunk);
            }
            if (_chunk.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chunk);
            }
            _full = null;
            _chunk = [];
            _fullLength = _used = 0;
        }
        base.Dispose(disposing);
    }
}
