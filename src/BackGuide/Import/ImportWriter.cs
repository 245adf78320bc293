using System.Text;
using BackGuide.Diagnostics;

namespace BackGuide.Import;

/// <summary>
/// Writes the imported files into the target folder, and only there: every path is made of names read from the source
/// folder, and a file is created new, never opened over one that exists (two sources for one name keep the first).
/// </summary>
public sealed class ImportWriter(string target, DiagnosticBag diagnostics)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public bool Write(string relative, string text, SourceFile from) => Write(relative, Utf8.GetBytes(text), from);

    /// <returns>False when another file already took the name (reported).</returns>
    public bool Write(string relative, byte[] bytes, SourceFile from)
    {
        var path = Path.GetFullPath(Path.Combine(target, relative));
        if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"An imported file's path leaves the target folder: {relative}.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            diagnostics.Warning(from, 0, 0, DiagnosticCodes.ImportNotConverted,
                $"this file was not imported: another file of the site already became {SourceFile.DisplayPathFor(path)}. Rename one of them and import again.");
            return false;
        }
    }
}
