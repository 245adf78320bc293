using System.Globalization;

namespace BackGuide.Content;

/// <summary>
/// Dates as readers read them ("1 November 2026", "1. November 2026", "1 de noviembre de 2026"), worded by the theme's
/// strings (<c>date_format</c>, <c>month_january</c>…). The program runs without the system's culture data, so that a
/// build gives the same bytes on every machine; the languages below get their month names from here, any other from
/// site.yml's <c>strings</c>, or English.
/// </summary>
public static class ReadableDates
{
    /// <summary>The month names' string names, January first.</summary>
    public static readonly string[] MonthNames =
    [
        "month_january", "month_february", "month_march", "month_april", "month_may", "month_june",
        "month_july", "month_august", "month_september", "month_october", "month_november", "month_december",
    ];

    private static readonly Dictionary<string, (string Format, string Months)> Known = new(StringComparer.Ordinal)
    {
        ["de"] = ("{day}. {month} {year}", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
        ["es"] = ("{day} de {month} de {year}", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
        ["fr"] = ("{day} {month} {year}", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
        ["it"] = ("{day} {month} {year}", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
        ["nl"] = ("{day} {month} {year}", "januari februari maart april mei juni juli augustus september oktober november december"),
        ["pt"] = ("{day} de {month} de {year}", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
        ["sv"] = ("{day} {month} {year}", "januari februari mars april maj juni juli augusti september oktober november december"),
    };

    /// <summary>
    /// The date strings' defaults for <paramref name="language"/> (site.yml's <c>language</c>, "fr" or "fr-CA"), by name;
    /// empty for English and for a language not listed here, which keep the English defaults.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultsFor(string language)
    {
        var primary = language.Split('-', '_')[0].Trim().ToLowerInvariant();
        if (!Known.TryGetValue(primary, out var known))
        {
            return new Dictionary<string, string>();
        }
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal) { ["date_format"] = known.Format };
        foreach (var (name, month) in MonthNames.Zip(known.Months.Split(' ')))
        {
            defaults[name] = month;
        }
        return defaults;
    }

    /// <summary>The date in the theme's wording: <c>date_format</c> with its day, month name and year.</summary>
    public static string Format(IReadOnlyDictionary<string, string> strings, DateOnly date) =>
        strings["date_format"]
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", strings[MonthNames[date.Month - 1]], StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
