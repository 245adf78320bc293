namespace BackGuide.FrontMatter;

/// <summary>Validated front-matter values by key, each with the position of its value in the file.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, (object Value, int Line, int Column)> _values = new(StringComparer.Ordinal);

    public void Set(string key, object value, int line, int column) => _values[key] = (value, line, column);

    public bool Has(string key) => _values.ContainsKey(key);

    public (int Line, int Column) PositionOf(string key) =>
        _values.TryGetValue(key, out var v) ? (v.Line, v.Column) : (0, 0);

    public string? Text(string key) => _values.TryGetValue(key, out var v) ? v.Value as string : null;

    public int? Number(string key) => _values.TryGetValue(key, out var v) ? v.Value as int? : null;

    public bool? Boolean(string key) => _values.TryGetValue(key, out var v) ? v.Value as bool? : null;

    public DateOnly? Date(string key) => _values.TryGetValue(key, out var v) ? v.Value as DateOnly? : null;

    public IReadOnlyDictionary<string, string> TextMap(string key) =>
        _values.TryGetValue(key, out var v) && v.Value is IReadOnlyDictionary<string, string> map ? map : new Dictionary<string, string>();

    public FieldValues? Mapping(string key) => _values.TryGetValue(key, out var v) ? v.Value as FieldValues : null;

    public IReadOnlyList<T> List<T>(string key) =>
        _values.TryGetValue(key, out var v) && v.Value is IReadOnlyList<T> list ? list : [];
}
