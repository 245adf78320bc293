namespace BackGuide.Import;

/// <summary>The generators whose folders <c>backguide import</c> converts.</summary>
public enum SourceGenerator
{
    Hugo,
    Jekyll,
    MkDocs,
}
