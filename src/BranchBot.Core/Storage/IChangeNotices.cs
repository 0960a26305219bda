namespace BranchBot.Core.Storage;

/// <summary>
/// Tells the other server instances on the same database that something they may hold in memory has changed, so they
/// read it afresh. A topic names what changed and whose it is (<see cref="ChangeTopics"/>); a notice carries nothing
/// else. One instance alone (LiteDB) has nobody to tell: <see cref="SingleInstanceChangeNotices"/>.
/// </summary>
public interface IChangeNotices
{
    /// <summary>
    /// True when other instances write the same database: memory that is read in place of the database at the start of
    /// a turn (a conversation's dialog state) is then read from the database instead.
    /// </summary>
    bool SharedWithOtherInstances { get; }

    /// <summary>Tells the other instances; never calls this instance's own handlers (it changed its memory as it wrote).</summary>
    ValueTask PublishAsync(string topic, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="changed"/> when another instance publishes <paramref name="topic"/>, and also whenever
    /// notices may have been missed (the connection to the database was lost and is back).
    /// </summary>
    IDisposable Subscribe(string topic, Action changed);
}

/// <summary>The topics: one per cache and branch.</summary>
public static class ChangeTopics
{
    public static string Meetings(string branchId) => "meetings:" + branchId;

    public static string Members(string branchId) => "members:" + branchId;

    public static string Broadcasts(string branchId) => "broadcasts:" + branchId;

    /// <summary>A chat-page (Direct Line) conversation got a new activity: instances with its streams open push it.</summary>
    public static string DirectLine(string conversationId) => "directline:" + conversationId;

    /// <summary>A member's route changed (one set for the organisation).</summary>
    public const string ChatAddresses = "chat-addresses";

    /// <summary>Some branch's stored 问答 entries changed (or one was adopted): every branch reads its entries again.</summary>
    public const string KnowledgeEntries = "knowledge-entries";

    /// <summary>A branch was added to the organisation: which branches are open is read afresh.</summary>
    public const string OrganisationUnits = "org-units";

    /// <summary>Some branch's members changed: who belongs to which branch is read afresh.</summary>
    public const string AnyMembers = "members";
}

/// <summary>One process is the only writer: nothing to tell, nothing to hear.</summary>
public sealed class SingleInstanceChangeNotices : IChangeNotices
{
    public static SingleInstanceChangeNotices Instance { get; } = new();

    public bool SharedWithOtherInstances => false;

    public ValueTask PublishAsync(string topic, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public IDisposable Subscribe(string topic, Action changed) => Nothing.Instance;

    private sealed class Nothing : IDisposable
    {
        public static Nothing Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
