using System.Collections.Concurrent;

namespace BackGuide.Tests.Support;

/// <summary>
/// Costly work that several tests of one class read (a printed PDF, a page's measurements, a validator's report): take
/// it as a class fixture, <c>IClassFixture&lt;OncePerClass&gt;</c>. The first test to ask for a key starts the work;
/// the others wait for the same result, so a class prints or checks once and asserts many things.
/// </summary>
public sealed class OncePerClass
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _results = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> make)
        where T : notnull =>
        (T)await _results.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await Task.Run(make))).Value;
}
