namespace BranchBot.Core.Broadcasts;

/// <summary>
/// One message from a secretary to part of the branch. <see cref="Number"/> counts up from 1 in the branch, so people
/// can type it (广播12, #12). The recipients are fixed when it is sent; delivery states live in the outbox under
/// <see cref="BatchId"/>.
/// </summary>
public sealed record Broadcast
{
    public required int Number { get; init; }

    public required string AuthorId { get; init; }

    public required string Text { get; init; }

    public required BroadcastAudience Audience { get; init; }

    /// <summary>How the audience read when it was sent: "全体党员", "第一党小组", "12月1日党员大会未签到人员".</summary>
    public required string AudienceLabel { get; init; }

    public bool RequiresAcknowledgement { get; init; }

    public required IReadOnlyList<string> RecipientIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set for a 定时 broadcast: the outbox holds it until then.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>When its items were handed to the outbox; null only if the process stopped between saving and handing over.</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>How many times 催收 re-sent it.</summary>
    public int Reminders { get; init; }

    /// <summary>What made it (a 定期广播 occurrence, a confirmed preview); unique, see <see cref="BroadcastDraft"/>.</summary>
    public string? SourceKey { get; init; }

    /// <summary>How many times 补发 re-sent it to those it had not certainly reached.</summary>
    public int Resends { get; init; }

    /// <summary>
    /// Set when the 党委 sent it (a branch's part of 党委广播 <see cref="OrganisationNumber"/>): how it is signed, e.g.
    /// "机关党委 王书记", since its author is no member of this branch.
    /// </summary>
    public string? SignedAs { get; init; }

    /// <summary>The 党委广播 this is the branch's part of.</summary>
    public int? OrganisationNumber { get; init; }

    public string Id => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>When sending starts: the scheduled time, or creation.</summary>
    public DateTimeOffset SendsAt => ScheduledAt ?? CreatedAt;

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>
    /// What every outbox batch id of the broadcast starts with, given by its store when it is numbered (it names the
    /// branch) and kept with it, so a broadcast from before per-branch numbering keeps "broadcast:{n}" and its outbox
    /// items are still found.
    /// </summary>
    public required string BatchBase { get; init; }

    public string BatchId => BatchBase;

    public bool IsDue(DateTimeOffset now) => SendsAt <= now;

    /// <summary>The batch base of broadcast <paramref name="number"/> of a branch.</summary>
    public static string BatchBaseOf(string branchId, int number) => $"broadcast:{branchId}:{number}";

    /// <summary>The outbox batch of the n-th 催收 (1-based).</summary>
    public string ReminderBatchId(int reminder) => $"{BatchBase}:remind:{reminder}";

    public IEnumerable<string> ReminderBatchIds() => Enumerable.Range(1, Reminders).Select(ReminderBatchId);

    /// <summary>The outbox batch of the n-th 补发 (1-based).</summary>
    public string ResendBatchId(int resend) => $"{BatchBase}:resend:{resend}";

    /// <summary>Every outbox batch of the broadcast: the first send, each 催收 and each 补发.</summary>
    public IEnumerable<string> AllBatchIds() =>
        ReminderBatchIds().Concat(Enumerable.Range(1, Resends).Select(ResendBatchId)).Prepend(BatchId);
}

/// <summary>A member pressed 收到.</summary>
public sealed record BroadcastAcknowledgement(int BroadcastNumber, string MemberId, DateTimeOffset At)
{
    public string Key => KeyOf(BroadcastNumber, MemberId);

    public static string KeyOf(int broadcastNumber, string memberId) => $"{broadcastNumber}|{memberId}";
}

/// <summary>A member's answer to a broadcast, passed on to its author.</summary>
public sealed record BroadcastReply(string Id, int BroadcastNumber, string MemberId, string Text, DateTimeOffset At)
{
    public static string NewId() => "br_" + Guid.NewGuid().ToString("N")[..12];
}
