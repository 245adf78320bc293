namespace BackGuide.Import;

/// <summary>One file of the folder being imported and where it goes under input/.</summary>
/// <param name="SourcePath">The file's full path.</param>
/// <param name="Target">Its path under input/, with '/' separators.</param>
/// <param name="IsPage">True for a Markdown page, converted; false for a file copied as it is (a picture).</param>
/// <param name="NameDate">The date a Jekyll post's file name starts with, which Jekyll takes as the post's date.</param>
/// <param name="Draft">True for a page from Jekyll's <c>_drafts/</c>.</param>
public sealed record ImportFile(string SourcePath, string Target, bool IsPage, DateOnly? NameDate = null, bool Draft = false);
