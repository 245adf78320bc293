using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

/// <summary>Reads a tab-separated table of test cases kept beside the tests (lines starting with '#' are comments).</summary>
public static class TableFile
{
    public static TheoryData<string, string> Read(string name)
    {
        var data = new TheoryData<string, string>();
        foreach (var columns in Rows(name))
        {
            data.Add(columns[0], columns.Length > 1 ? columns[1] : "");
        }
        return data;
    }

    /// <summary>A table of three columns; a missing last column is "".</summary>
    public static TheoryData<string, string, string> ReadThree(string name)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var columns in Rows(name))
        {
            data.Add(columns[0], columns.Length > 1 ? columns[1] : "", columns.Length > 2 ? columns[2] : "");
        }
        return data;
    }

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "BackGuide.Tests", "Search", name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
