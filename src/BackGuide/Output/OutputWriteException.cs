namespace BackGuide.Output;

/// <summary>
/// Writing the output failed for a reason outside the build: the disk is full, the file system is read-only, or the
/// folder may not be written. Thrown by <see cref="StagedOutput"/> so the build reports it as BG0004 with the system's
/// reason, never as a bug, and keeps the previous output.
/// </summary>
public sealed class OutputWriteException(string reason, Exception inner) : IOException(reason, inner)
{
    /// <summary>What the system said, in words a writer can act on.</summary>
    public string Reason => Message;

    /// <summary>Runs <paramref name="write"/>, turning a file-system failure into an <see cref="OutputWriteException"/>.</summary>
    public static T Guard<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not OutputWriteException)
        {
            throw new OutputWriteException(Describe(ex), ex);
        }
    }

    public static void Guard(Action write) => Guard(() =>
    {
        write();
        return true;
    });

    /// <summary>The real cause inside the AggregateException a parallel loop throws.</summary>
    public static Exception Cause(Exception ex)
    {
        while (ex is AggregateException aggregate && aggregate.InnerExceptions.Count > 0)
        {
            ex = aggregate.Flatten().InnerExceptions[0];
        }
        return ex;
    }

    /// <summary>The system's reason for a failed write, with what to do about the common ones.</summary>
    public static string Describe(Exception ex)
    {
        var message = ex.Message.TrimEnd('.');
        var said = message.Contains(" : '", StringComparison.Ordinal) ? message[..message.IndexOf(" : '", StringComparison.Ordinal)] : message;
        return (ex.HResult & 0xFFFF) switch
        {
            28 => $"the disk is full ({said}). Free some space, or build into a folder on another disk with --output",
            30 => $"the file system is read-only ({said}). Build into a folder you can write, with --output",
            122 => $"your disk quota is used up ({said}). Free some space, or build elsewhere with --output",
            13 or 1 => $"you may not write there ({said}). Check the folder's permissions, or build elsewhere with --output",
            _ when ex is UnauthorizedAccessException => $"you may not write there ({said}). Check the folder's permissions, or build elsewhere with --output",
            _ => said,
        };
    }
}
