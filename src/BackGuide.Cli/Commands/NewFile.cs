using System.Text;

namespace BackGuide.Cli.Commands;

/// <summary>Writes a file the command line creates (a new page, a starter guide, an exported theme), never over one that exists.</summary>
public static class NewFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 to a new file; false, touching nothing, when <paramref name="path"/> exists.</summary>
    public static bool TryWrite(string path, string text) => TryWrite(path, Utf8.GetBytes(text));

    public static bool TryWrite(string path, byte[] bytes)
    {
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            return false;
        }
    }
}
