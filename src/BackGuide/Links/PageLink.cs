namespace BackGuide.Links;

/// <summary>
/// A link from one page to another page, file or heading of the site, as the Markdown wrote it and as the build
/// resolved it. <see cref="Target"/> is the output path it leads to, or null when it names nothing that exists.
/// </summary>
/// <param name="Line">Line in the source file (front matter included).</param>
/// <param name="Column">Column in the source file, from 1.</param>
/// <param name="Path">The path part as written, unescaped, without query or anchor; empty for a link within the page.</param>
/// <param name="Anchor">The part after '#', or null.</param>
/// <param name="TargetSource">The input path the link names (null when it climbs out of the input folder).</param>
/// <param name="Target">The output path it leads to; null when there is no such page or file.</param>
public sealed record PageLink(int Line, int Column, string Path, string? Anchor, string? TargetSource, string? Target);
