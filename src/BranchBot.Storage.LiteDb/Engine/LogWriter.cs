using System.Reflection;
using LiteDB.Engine;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>
/// Waits until an engine's committed pages are in the log file. LiteDB 5 hands log pages to a writer thread and
/// returns from a commit before they are written; another process may open the file only once they are there. LiteDB
/// offers no public wait short of a checkpoint (which also copies the log into the data file and costs two more
/// syncs), so this reaches its writer queue's own wait; the version is pinned in Directory.Packages.props and
/// <see cref="IsAvailable"/> is asserted by a test, and without it the checkpoint is used.
/// </summary>
public static class LogWriter
{
    private static readonly FieldInfo? DiskField = typeof(LiteEngine).GetField("_disk", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly PropertyInfo? QueueProperty = DiskField?.FieldType.GetProperty("Queue", BindingFlags.Instance | BindingFlags.Public);
    private static readonly MethodInfo? WaitMethod = QueueProperty?.PropertyType.GetGenericArguments().FirstOrDefault()?.GetMethod("Wait", BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes);

    public static bool IsAvailable => WaitMethod is not null;

    /// <summary>
    /// Returns once the writer queue is empty: every committed page is written to the log file (the writer syncs it
    /// to disk right after, while the next operation runs). Call with the file's mutex held.
    /// </summary>
    internal static void WaitForCommitted(LiteEngine engine)
    {
        if (WaitMethod is null || DiskField!.GetValue(engine) is not { } disk || QueueProperty!.GetValue(disk) is not { } lazy)
        {
            engine.Checkpoint();
            return;
        }

        // Lazy<DiskWriterQueue>: no queue yet means nothing was ever handed to the writer.
        var lazyType = lazy.GetType();
        if ((bool)lazyType.GetProperty(nameof(Lazy<object>.IsValueCreated))!.GetValue(lazy)!)
        {
            WaitMethod.Invoke(lazyType.GetProperty(nameof(Lazy<object>.Value))!.GetValue(lazy), null);
        }
    }
}
