using BranchBot.Core.WebConsole;

namespace BranchBot.Storage.LiteDb.WebConsole;

internal sealed class UsedLoginDocument
{
    public string Id { get; set; } = string.Empty;
    public DateTime ExpiresAtUtc { get; set; }
}

/// <summary>An ended console session or member; LiteDB hands <see cref="AtUtc"/> back in local time.</summary>
internal sealed class SignOutDocument
{
    public string Id { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; }
    public DateTime ForgetAfterUtc { get; set; }
}

internal sealed class ConsoleAuditDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; }
    public string? MemberId { get; set; }
    public string? MemberName { get; set; }
    public string Action { get; set; } = string.Empty;
    public string? Detail { get; set; }
    public bool Allowed { get; set; }

    public static ConsoleAuditDocument From(ConsoleAuditEntry e, string branchId) => new()
    {
        Id = e.Id, BranchId = branchId, AtUtc = e.At.UtcDateTime, MemberId = e.MemberId, MemberName = e.MemberName, Action = e.Action, Detail = e.Detail, Allowed = e.Allowed,
    };

    public ConsoleAuditEntry ToEntry() => new()
    {
        Id = Id,
        // LiteDB hands dates back in the server's local time; ToUniversalTime keeps the instant on any server zone.
        At = new DateTimeOffset(AtUtc.ToUniversalTime()),
        MemberId = MemberId, MemberName = MemberName, Action = Action, Detail = Detail, Allowed = Allowed,
    };
}
