namespace BranchBot.Core.Talks;

/// <summary>
/// A 谈心请求 (约谈心): <see cref="FromId"/> asked <see cref="ToId"/> for a 谈心谈话. It is answered once a talk between the
/// two is recorded on or after the day it was made; that is computed from the records, so a request is never edited.
/// </summary>
public sealed record TalkRequest
{
    public required string Id { get; init; }

    public required string FromId { get; init; }

    public required string ToId { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public static string NewId() => "tr_" + Guid.NewGuid().ToString("N")[..12];
}
