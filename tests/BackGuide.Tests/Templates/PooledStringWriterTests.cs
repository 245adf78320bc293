using BackGuide.Templates;

namespace BackGuide.Tests.Templates;

public sealed class PooledStringWriterTests
{
    /// <summary>Writes of every kind and size (single characters, short and long strings, spans), across many chunks.</summary>
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 1_000)]
    [InlineData(3, 20_000)]
    [InlineData(4, 30_000)]
    public void ItGathersExactlyWhatWasWritten(int seed, int writes)
    {
        var random = new Random(seed);
        using var pooled = new PooledStringWriter();
        var expected = new StringWriter();
        for (var i = 0; i < writes; i++)
        {
            var text = new string((char)('a' + random.Next(26)), random.Next(4) == 0 ? random.Next(400, 3_000) : random.Next(0, 40)) + "é😀";
            switch (random.Next(4))
            {
                case 0:
                    pooled.Write(text[0]);
                    expected.Write(text[0]);
                    break;
                case 1:
                    pooled.Write(text.AsSpan(1));
                    expected.Write(text.AsSpan(1));
                    break;
                case 2:
                    pooled.Write(text.ToCharArray(), 1, text.Length - 1);
                    expected.Write(text.ToCharArray(), 1, text.Length - 1);
                    break;
                default:
                    pooled.Write(text);
                    expected.Write(text);
                    break;
            }
        }

        Assert.Equal(expected.ToString(), pooled.ToString());
        Assert.Equal(expected.ToString().Length, pooled.Length);
    }

    [Fact]
    public void ItRefusesWritesOnceDisposed()
    {
        var writer = new PooledStringWriter();
        writer.Write(new string('x', 40_000));
        writer.Dispose();

        Assert.Equal("", writer.ToString());
        Assert.Throws<ObjectDisposedException>(() => writer.Write(new string('y', 100)));
    }
}
