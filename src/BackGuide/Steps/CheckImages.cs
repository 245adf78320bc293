using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Images;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Checks the pictures named in front matter (<c>images:</c>): each is a file of the site, in a format browsers show,
/// under the size limit; and records its width and height so pages do not jump while it loads.
/// </summary>
public sealed class CheckImages : IStep
{
    /// <summary>The largest picture accepted; line art is a few KB, a photo for a handout well under this.</summary>
    public const long MaxBytes = 300 * 1024;

    private static readonly string[] Formats = ["svg", "png", "jpg", "jpeg", "webp"];

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var files = documents.Where(d => d.CopyFrom is not null)
            .ToDictionary(d => d.OutputPath, d => d.CopyFrom!, StringComparer.Ordinal);
        return documents.Select(doc => doc.Meta is { Images.Count: > 0 } meta && doc.Source is not null && !doc.Failed
            ? Check(doc, meta, files, context.Diagnostics)
            : doc).ToImmutableArray();
    }

    private static Document Check(Document doc, PageMeta meta, Dictionary<string, string> files, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(doc.Source!.RelativePath.Replace('\\', '/'))?.Replace('\\', '/') ?? "";
        var checkedImages = new List<ImageRef>(meta.Images.Count);
        var failed = false;
        var steps = meta is ExerciseMeta exercise ? exercise.Steps.Count : 0;
        foreach (var image in meta.Images)
        {
            if (image.Step is { } step && (step < 1 || step > steps))
            {
                diagnostics.Error(doc.Source, image.Line, image.Column, DiagnosticCodes.InvalidValue, steps == 0
                    ? $"'images.step' is {step}, but this page has no steps. Remove 'step', or use it on an exercise's pictures."
                    : $"'images.step' is {step}, but this page has {steps} steps. Give the number of the step the picture shows, from 1 to {steps}.");
                failed = true;
                continue;
            }
            var sized = Size(image, folder, files, doc.Source, diagnostics);
            failed |= sized is null;
            if (sized is not null)
            {
                checkedImages.Add(sized);
            }
        }
        return failed ? doc with { Failed = true } : doc with { Meta = meta with { Images = checkedImages } };
    }

    private static ImageRef? Size(ImageRef image, string folder, Dictionary<string, string> files, SourceFile source, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(image.Src).TrimStart('.').ToLowerInvariant();
        if (!Formats.Contains(extension))
        {
            diagnostics.Error(source, image.Line, image.Column, DiagnosticCodes.ImageFormat,
                $"'{image.Src}' is not a picture format browsers show everywhere. Use SVG for line art, or PNG, JPEG or WebP.");
            return null;
        }
        var target = Resolve(folder, image.Src);
        if (target is null || !files.TryGetValue(target, out var full))
        {
            diagnostics.Error(source, image.Line, image.Column, DiagnosticCodes.ImageMissing,
                $"'{image.Src}' is not a file of the site. Put the picture under input/ and give its path relative to this page, like images/bird-dog-start.svg.");
            return null;
        }
        var length = new FileInfo(full).Length;
        if (length > MaxBytes)
        {
            diagnostics.Error(source, image.Line, image.Column, DiagnosticCodes.ImageTooLarge,
                $"'{image.Src}' is {length / 1024} KB, over the limit of {MaxBytes / 1024} KB. Make it smaller (fewer pixels, or SVG line art).");
            return null;
        }
        using var stream = File.OpenRead(full);
        var head = new byte[Math.Min(length, ImageSize.HeaderBytes)];
        stream.ReadExactly(head);
        if (ImageSize.Read(extension, head) is not { } size)
        {
            diagnostics.Error(source, image.Line, image.Column, DiagnosticCodes.ImageFormat,
                $"'{image.Src}' does not read as {extension.ToUpperInvariant()}: its size cannot be found{(extension == "svg" ? " (give the svg element a viewBox)" : "")}. Save it again as {extension.ToUpperInvariant()}.");
            return null;
        }
        return image with { OutputPath = target, Width = size.Width, Height = size.Height };
    }

    /// <summary>The output path of <paramref name="src"/> relative to <paramref name="folder"/>; null when it leaves the site or names another host.</summary>
    private static string? Resolve(string folder, string src)
    {
        if (src.Contains(':') || src.StartsWith('/') || src.Contains('\\'))
        {
            return null;
        }
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in src.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }
}
