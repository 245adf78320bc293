using System.Buffers;

namespace BackGuide.Output;

/// <summary>
/// One file of the staged site as it is written: gathered in pooled memory and handed to
/// <see cref="StagedOutput.WriteBytes"/> when disposed, so an unchanged page can be kept from the previous output.
/// A file that grows past <see cref="SpillAt"/> (the print document of a big site) is written straight to disk.
/// </summary>
internal sealed class StagedFileStream(StagedOutput staging, string outputPath) : Stream
{
    private const int SpillAt = 1024 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;
    private FileStream? _file;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _file?.Length ?? _length;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        if (_file is not null)
        {
            _file.Write(bytes);
            return;
        }
        if (_length + bytes.Length > SpillAt)
        {
            _file = staging.Create(outputPath);
            _file.Write(_buffer, 0, _length);
            _file.Write(bytes);
            Release();
            return;
        }
        if (_length + bytes.Length > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes.Length));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_file is not null)
            {
                _file.Dispose();
                _file = null;
            }
            else if (_buffer.Length > 0)
            {
                try
                {
                    staging.WriteBytes(outputPath, _buffer.AsSpan(0, _length));
                }
                finally
                {
                    Release();
                }
            }
        }
        base.Dispose(disposing);
    }

    private void Release()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
    }
}
