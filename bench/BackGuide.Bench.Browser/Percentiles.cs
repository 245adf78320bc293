namespace BackGuide.Bench.Browser;

/// <summary>Median, 90th percentile (nearest rank) and maximum of a set of timings.</summary>
public sealed record Percentiles(double Median, double P90, double Max, int Count)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Percentiles(double.NaN, double.NaN, double.NaN, 0);
        }
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1];
        return new Percentiles(median, p90, sorted[^1], sorted.Length);
    }

    public string Format(string unit = "ms", string number = "F0") =>
        $"median {Median.ToString(number)} {unit}, p90 {P90.ToString(number)} {unit}, max {Max.ToString(number)} {unit} (n={Count})";
}
