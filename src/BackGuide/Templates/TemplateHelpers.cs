using HandlebarsDotNet;

namespace BackGuide.Templates;

/// <summary>The few helpers templates may use beyond Handlebars' own: comparisons and joining lists.</summary>
public static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("eq", (context, arguments) =>
            arguments.Length == 2 && string.Equals(arguments[0]?.ToString(), arguments[1]?.ToString(), StringComparison.Ordinal));
        handlebars.RegisterHelper("join", (context, arguments) =>
            arguments.Length >= 1 && arguments[0] is System.Collections.IEnumerable items and not string
                ? string.Join(arguments.Length > 1 ? arguments[1]?.ToString() ?? ", " : ", ", items.Cast<object?>())
                : arguments.Length >= 1 ? arguments[0]?.ToString() ?? "" : "");
    }
}
