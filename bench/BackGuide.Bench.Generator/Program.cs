using System.Globalization;
using BackGuide.Bench.Generator;

// Usage: generator --pages N --out DIR [--seed S] [--plain]
// --plain writes plain 4 KB pages for the minimal-layout comparison instead of a guide.
// Writes DIR/backguide/input/... (BackGuide input) and DIR/hugo/content/... (the same pages for Hugo).
var pages = 1000;
var output = "";
var seed = 8;
var plain = args.Contains("--plain");
args = args.Where(a => a != "--plain").ToArray();
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--pages":
            pages = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--out":
            output = args[i + 1];
            break;
        case "--seed":
            seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"generator: unknown option {args[i]}");
            return 2;
    }
}
if (output.Length == 0 || pages < 20)
{
    Console.Error.WriteLine("usage: generator --pages N (at least 20) --out DIR [--seed S] [--plain]");
    return 2;
}
if (plain)
{
    new PlainSiteWriter(pages, seed).Write(output);
    Console.WriteLine($"Wrote {pages} plain pages (+ home) to {output}/backguide/input and {output}/hugo/content");
    return 0;
}
var site = SitePlan.Create(pages, seed);
new SiteWriter(site, seed).Write(output);
Console.WriteLine($"Wrote {pages} pages (+ home) to {output}/backguide/input and {output}/hugo/content");
return 0;
