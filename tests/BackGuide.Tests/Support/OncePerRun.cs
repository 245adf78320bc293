namespace BackGuide.Tests.Support;

/// <summary>
/// Something costly — a browser, a built site — made once per test run by the first test class that asks for it, shared
/// by every class after that, and ended when the test process exits. xunit 2 has no assembly fixture, and a collection
/// fixture would make its classes run one after another; this lets them share and still run in parallel.
/// </summary>
public sealed class OncePerRun<T>
{
    private readonly Lazy<Task<T>> _value;

    public OncePerRun(Func<Task<T>> start, Func<T, Task> end)
    {
        _value = new Lazy<Task<T>>(() => Task.Run(start), LazyThreadSafetyMode.ExecutionAndPublication);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (_value.IsValueCreated && _value.Value.IsCompletedSuccessfully)
            {
                // Bounded, so a browser that hangs on closing cannot hold the test run open.
                end(_value.Value.Result).Wait(TimeSpan.FromSeconds(10));
            }
        };
    }

    /// <summary>The shared value; a failure to make it (a missing browser under CI=true) fails every test that asks.</summary>
    public Task<T> GetAsync() => _value.Value;
}
