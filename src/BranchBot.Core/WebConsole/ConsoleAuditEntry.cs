namespace BranchBot.Core.WebConsole;

/// <summary>
/// One thing done in the secretary console: a login, a view of a sensitive page, an edit, an export, an upload, or a
/// refused attempt. <see cref="Detail"/> names what was touched (a meeting id, a year, a file's line count), never
/// private content.
/// </summary>
public sealed record ConsoleAuditEntry
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The member acting, when known (a forged or expired link has none).</summary>
    public string? MemberId { get; init; }

    /// <summary>The member's name at the time, so the log stays readable after the member is removed.</summary>
    public string? MemberName { get; init; }

    /// <summary>What was done, in Chinese ("登录", "编辑会议记录", "导出台账").</summary>
    public required string Action { get; init; }

    public string? Detail { get; init; }

    public bool Allowed { get; init; } = true;

    public static string NewId() => "ca_" + Guid.NewGuid().ToString("N")[..12];
}
