using System.Text;
using System.Text.RegularExpressions;

namespace BackGuide.Tests.Support;

/// <summary>Reads what a test needs from a PDF that Chromium printed: how many pages it has.</summary>
public static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
