namespace BackGuide.Tests.Workflow;

/// <summary>Waits for something the preview does in the background, polling, with a ten-second limit.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within ten seconds");
            await Task.Delay(20);
        }
    }
}
