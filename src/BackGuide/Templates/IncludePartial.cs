using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BackGuide.Templates;

/// <summary>
/// The theme's <c>include</c>: <c>{{ include 'card' card: c }}</c> renders <c>partials/card.sbn-html</c> straight into the
/// page being written, with each named argument as a variable of its own (<c>card</c> inside the partial). Scriban's own include returns the partial as a
/// string, which would then be escaped a second time and copied once more.
/// </summary>
internal sealed class IncludePartial(IReadOnlyDictionary<string, Template> partials) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var name = context.ObjectToString(arguments[0]) ?? "";
        if (!partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span,
                $"the theme has no partial '{name}'. Add partials/{name}.sbn-html to your theme folder, or remove this include");
        }
        // Named arguments are the partial's own variables, found before the page's (a global scope pushed for the partial).
        var own = new ScriptObject();
        if (callerContext is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments.OfType<ScriptNamedArgument>())
            {
                if (argument.Name?.Name is { } key && arguments.TryGetValue(context, span, key, out var value))
                {
                    own.SetValue(key, value, readOnly: false);
                }
            }
        }
        context.EnterRecursive(callerContext);
        context.PushGlobal(own);
        try
        {
            context.Evaluate(partial.Page!);
        }
        finally
        {
            context.PopGlobal();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
