using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

/// <summary>Reads a tab-separated table of test cases kept beside the tests (lines starting with '#' are comments).</summary>
public static class TableFile
{
    public static TheoryData<string, string> Read(string name)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Root, "tests", "BackGuide.Tests", "Search", name)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            data.Add(columns[0], columns.Length > 1 ? columns[1] : "");
        }
        return data;
    }
}
