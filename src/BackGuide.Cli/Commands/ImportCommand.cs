using System.CommandLine;
using BackGuide.Diagnostics;
using BackGuide.Import;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide import hugo|jekyll|mkdocs SOURCE [--input DIR]</c>: converts another generator's site into BackGuide input.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var generator = new Argument<string>("generator") { Description = "The generator the site was written for: hugo, jekyll or mkdocs." };
        generator.AcceptOnlyFromAmong("hugo", "jekyll", "mkdocs");
        var source = new Argument<string>("source") { Description = "The folder of that site (the one holding hugo.toml, _config.yml or mkdocs.yml)." };
        var input = new Option<string>("--input", "-i") { Description = "The new folder of Markdown pages to write (default: input). It must be empty or new.", DefaultValueFactory = _ => "input" };
        var command = new Command("import", "Convert a Hugo, Jekyll or MkDocs site into a BackGuide input folder, listing what could not be converted.");
        command.Arguments.Add(generator);
        command.Arguments.Add(source);
        command.Options.Add(input);
        command.SetAction(result => Run(result.GetValue(generator)!, result.GetValue(source)!, result.GetValue(input)!));
        return command;
    }

    private static int Run(string generatorName, string source, string input)
    {
        var generator = generatorName switch
        {
            "hugo" => SourceGenerator.Hugo,
            "jekyll" => SourceGenerator.Jekyll,
            _ => SourceGenerator.MkDocs,
        };
        var result = SiteImporter.Run(generator, source, input);
        Reporter.PrintDiagnostics(result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.WarningCount == 1 ? "1 warning" : $"{result.WarningCount} warnings";
        var target = SourceFile.DisplayPathFor(Path.GetFullPath(input));
        if (result.Pages == 0)
        {
            Console.Error.WriteLine($"Import failed: {errors} {(errors == 1 ? "error" : "errors")}, {warnings}. No page was imported.");
            return CommandLine.ContentErrors;
        }
        var files = result.Files > 0 ? $" and {result.Files} other {(result.Files == 1 ? "file" : "files")}" : "";
        Console.WriteLine($"Imported {result.Pages} {(result.Pages == 1 ? "page" : "pages")}{files} into {target}/, with {warnings}. Next: backguide build --input {target}");
        return result.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
    }
}
