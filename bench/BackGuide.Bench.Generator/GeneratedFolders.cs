using System.Text;

namespace BackGuide.Bench.Generator;

/// <summary>The two folders a generated site is written to, BackGuide's input and Hugo's content, emptied first.</summary>
public static class GeneratedFolders
{
    public static (string Input, string Content) Reset(string root)
    {
        var input = Path.Combine(root, "backguide", "input");
        var content = Path.Combine(root, "hugo", "content");
        foreach (var folder in new[] { input, content })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(folder);
        }
        return (input, content);
    }

    /// <summary>Writes a page as UTF-8 without a byte-order mark, making its folder.</summary>
    public static void Save(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
