using System.Text;
using BackGuide.Output;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>Text written into the staging folder arrives as exact UTF-8, however it is split and however large it is.</summary>
public sealed class StagedTextTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, int> Texts => new()
    {
        { "", 1 },
        { "plain ASCII", 1 },
        { "Schmerz lässt nach — „gut“ 😀 ok", 1 },          // one character at a time: the emoji's two halves arrive apart
        { "Schmerz lässt nach — „gut“ 😀 ok", 7 },
        { string.Concat(Enumerable.Repeat("Knie 🦵 und Rücken; ", 200_000)), 4099 }, // about 4 MB: written to disk a buffer at a time
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void WhatIsWritten_IsTheUtf8OfTheText_WithoutAByteOrderMark(string text, int piece)
    {
        var staged = new StagedOutput(new OutputFolder(_site.OutputDirectory));

        using (var writer = staged.OpenText("notes/page.html"))
        {
            for (var i = 0; i < text.Length; i += piece)
            {
                var part = text.AsSpan(i, Math.Min(piece, text.Length - i));
                if (part.Length == 1)
                {
                    writer.Write(part[0]);
                }
                else
                {
                    writer.Write(part);
                }
            }
        }
        staged.Commit();

        Assert.Equal(new UTF8Encoding(false).GetBytes(text), File.ReadAllBytes(Path.Combine(_site.OutputDirectory, "notes", "page.html")));
    }
}
