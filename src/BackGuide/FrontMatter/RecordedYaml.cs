using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackGuide.FrontMatter;

/// <summary>YAML events already read (by <see cref="YamlLimits"/>), given again to a loader as if they were being parsed.</summary>
internal sealed class RecordedYaml(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[_next++];
        return true;
    }
}
