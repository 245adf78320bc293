using System.Buffers;
using System.Globalization;
using System.Text;

namespace BackGuide.Templates;

/// <summary>
/// A <see cref="TextWriter"/> that gathers a rendered page and makes one string of it, copying each character once:
/// the template's own text goes into chunks rented from the shared array pool, and long strings (a page's content,
/// the body inside the layout) are kept by reference until <see cref="ToString"/>. A 30 MB print document thus costs
/// its final string, not a growing buffer of the same size beside it.
/// </summary>
public sealed class PooledStringWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    private const int ChunkSize = 32 * 1024; // most pages fit in one chunk, still below the large object heap
    private const int KeptByReference = 512;

    private readonly List<Segment> _segments = [];
    private readonly List<char[]> _full = [];
    private char[] _chunk = ArrayPool<char>.Shared.Rent(ChunkSize);
    private int _start;
    private int _used;
    private int _segmentsLength;

    public override Encoding Encoding => Encoding.Unicode;

    public int Length => _segmentsLength + _used - _start;

    public override void Write(char value)
    {
        if (_used == _chunk.Length)
        {
            NextChunk();
        }
        _chunk[_used++] = value;
    }

    public override void Write(string? value)
    {
        if (value is { Length: >= KeptByReference })
        {
            ObjectDisposedException.ThrowIf(_chunk.Length == 0, this);
            EndPending();
            Add(new Segment(value, 0, value.Length));
        }
        else
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == _chunk.Length)
            {
                NextChunk();
            }
            var count = Math.Min(buffer.Length, _chunk.Length - _used);
            buffer[..count].CopyTo(_chunk.AsSpan(_used));
            _used += count;
            buffer = buffer[count..];
        }
    }

    public override string ToString() => string.Create(Length, this, static (target, writer) =>
    {
        foreach (var segment in writer._segments)
        {
            segment.Span.CopyTo(target);
            target = target[segment.Length..];
        }
        writer._chunk.AsSpan(writer._start, writer._used - writer._start).CopyTo(target);
    });

    /// <summary>Records the text written into the current chunk since the last segment.</summary>
    private void EndPending()
    {
        if (_used > _start)
        {
            Add(new Segment(_chunk, _start, _used - _start));
            _start = _used;
        }
    }

    private void Add(Segment segment)
    {
        _segments.Add(segment);
        _segmentsLength += segment.Length;
    }

    private void NextChunk()
    {
        ObjectDisposedException.ThrowIf(_chunk.Length == 0, this);
        EndPending();
        _full.Add(_chunk);
        _chunk = ArrayPool<char>.Shared.Rent(ChunkSize);
        _start = _used = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chunk.Length > 0)
        {
            foreach (var chunk in _full)
            {
                ArrayPool<char>.Shared.Return(chunk);
            }
            ArrayPool<char>.Shared.Return(_chunk);
            _full.Clear();
            _segments.Clear();
            _chunk = [];
            _start = _used = _segmentsLength = 0;
        }
        base.Dispose(disposing);
    }

    /// <summary>Part of the text: a range of a chunk, or a whole string kept by reference.</summary>
    private readonly record struct Segment(object Text, int Start, int Length)
    {
        public ReadOnlySpan<char> Span => Text is string text ? text.AsSpan(Start, Length) : ((char[])Text).AsSpan(Start, Length);
    }
}
