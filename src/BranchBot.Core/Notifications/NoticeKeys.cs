namespace BranchBot.Core.Notifications;

/// <summary>
/// Keys of <see cref="Notification"/>s: the reason and, where the domain has one, the id of what happened, so a repeated
/// turn (a 确认 arriving twice) does not notify twice; an event with no id of its own gets a fresh one.
/// </summary>
public static class NoticeKeys
{
    public static string Of(string reason, params string[] ids)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ids.Length == 0 ? reason : $"{reason}:{string.Join(':', ids)}";
    }

    /// <summary>For an event that has no id of its own (a request that is not stored): never the same twice.</summary>
    public static string Once(string reason) => Of(reason, Guid.NewGuid().ToString("N"));
}
