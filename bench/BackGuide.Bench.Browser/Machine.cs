namespace BackGuide.Bench.Browser;

/// <summary>What the machine was doing: cores and load average, printed beside every figure (this is a shared box).</summary>
public static class Machine
{
    public static string Load()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
        return $"{Environment.ProcessorCount} cores, load average {load}";
    }
}
