using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BackGuide.Templates;

/// <summary>
/// The partials a template names in <c>{{ include 'name' }}</c>, with where, so that a theme naming a partial it lacks is
/// reported when it is loaded, once, rather than on every page that reaches the include.
/// </summary>
internal sealed class IncludedPartials : ScriptVisitor
{
    private readonly List<(string Name, SourceSpan Span)> _found = [];

    public static IReadOnlyList<(string Name, SourceSpan Span)> In(Template template)
    {
        var visitor = new IncludedPartials();
        visitor.Visit(template.Page);
        return visitor._found;
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
        {
            _found.Add((name, node.Span));
        }
        base.Visit(node);
    }
}
