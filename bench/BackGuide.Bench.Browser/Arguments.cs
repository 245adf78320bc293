using System.Globalization;

namespace BackGuide.Bench.Browser;

/// <summary>The command's options: <c>--name value</c> pairs and <c>--flag</c> switches.</summary>
public sealed class Arguments
{
    private static readonly HashSet<string> Switches = ["--in-place"];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Arguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected '{name}'");
            }
            if (Switches.Contains(name))
            {
                parsed._values[name] = "true";
            }
            else if (i + 1 < args.Length)
            {
                parsed._values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"{name} needs a value");
            }
        }
        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>A whole number at least <paramref name="minimum"/>, or the default when the option is absent.</summary>
    public int Number(string name, int fallback, int minimum = 1)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new UsageException($"{name} must be a whole number of at least {minimum}, not '{text}'");
    }
}
