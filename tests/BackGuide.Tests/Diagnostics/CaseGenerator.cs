using System.Text;

namespace BackGuide.Tests.Diagnostics;

/// <summary>
/// Makes a case's large files at run time from <c>generate.txt</c>, one file a line:
/// <c>path | size in bytes | head | line repeated until the size is reached</c>, optionally followed by <c>| tail</c>,
/// where <c>\n</c> in head, line and tail is a newline. For example <c>input/notes/big.md | 5242880 | ---\ntitle: Big\n---\n | Some words.\n</c>.
/// </summary>
public static class CaseGenerator
{
    public static void Run(string recipe, string root)
    {
        if (!File.Exists(recipe))
        {
            return;
        }
        foreach (var line in File.ReadAllLines(recipe).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(" | ");
            Assert.True(parts.Length is 4 or 5, $"generate.txt: '{line}' is not 'path | size | head | line [| tail]'");
            var size = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var text = new StringBuilder(size + parts[3].Length);
            text.Append(Unescape(parts[2]));
            var repeated = Unescape(parts[3]);
            while (text.Length < size)
            {
                text.Append(repeated);
            }
            if (parts.Length == 5)
            {
                text.Append(Unescape(parts[4]));
            }
            var path = Path.Combine(root, parts[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
        }
    }

    private static string Unescape(string value) => value.Replace("\\n", "\n", StringComparison.Ordinal);
}
