using System.Xml.Linq;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Packaging;

/// <summary>
/// A test that packs the tool: it needs the NuGet packages the program uses already in the local package folder, since
/// the machine may be offline. Without them it is skipped, naming the first one missing.
/// </summary>
public sealed class PackageFactAttribute : FactAttribute
{
    public PackageFactAttribute()
    {
        if (MissingPackage() is { } missing)
        {
            Skip = $"the NuGet package {missing} is not in the local package folder ({PackagesFolder}), so the tool cannot be packed offline. Run 'dotnet restore' once with a network.";
        }
    }

    /// <summary>The projects whose package references the tool carries.</summary>
    private static readonly string[] Projects = ["src/BackGuide/BackGuide.csproj", "src/BackGuide.Cli/BackGuide.Cli.csproj"];

    private static string PackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The first package (id/version) the program needs that is not in the local package folder, or null.</summary>
    private static string? MissingPackage()
    {
        var versions = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.Ordinal);
        var needed = Projects
            .SelectMany(project => XDocument.Load(Path.Combine(Repository.Root, project)).Descendants("PackageReference"))
            .Select(reference => (string)reference.Attribute("Include")!);
        return needed
            .Select(id => $"{id}/{versions.GetValueOrDefault(id, "?")}")
            .FirstOrDefault(package => !Directory.Exists(Path.Combine(PackagesFolder, package.ToLowerInvariant())));
    }
}
