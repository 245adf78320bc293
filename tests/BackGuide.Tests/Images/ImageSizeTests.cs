using BackGuide.Images;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Images;

/// <summary>
/// The size readers on real files: a figure of the guide rasterised and saved by real encoders (rsvg-convert,
/// ImageMagick, cwebp; see Data/README.md), each named for its true size, <c>name.WIDTHxHEIGHT.ext</c>.
/// </summary>
public sealed class ImageSizeTests
{
    private static readonly string Data = Path.Combine(Repository.Root, "tests", "BackGuide.Tests", "Images", "Data");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Data).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachEncodedFile_ReadsAsTheSizeItWasMadeAt(string name)
    {
        var parts = name.Split('.');
        var size = parts[^2].Split('x').Select(int.Parse).ToArray();
        var bytes = File.ReadAllBytes(Path.Combine(Data, name));

        Assert.Equal((size[0], size[1]), ImageSize.Read(parts[^1], bytes.AsSpan(0, Math.Min(bytes.Length, ImageSize.HeaderBytes))));
    }

    [Fact]
    public void TheFiles_CoverEveryKindOfHeader()
    {
        var names = Directory.EnumerateFiles(Data).Select(Path.GetFileName).ToList();

        // PNG; baseline and progressive JPEG (SOF0, SOF2); lossy, lossless and extended WebP (VP8, VP8L, VP8X).
        foreach (var kind in new[] { ".png", "baseline.", "progressive.", "lossy.", "lossless.", "extended." })
        {
            Assert.Contains(names, n => n!.Contains(kind, StringComparison.Ordinal));
        }
    }
}
