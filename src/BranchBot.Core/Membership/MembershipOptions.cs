namespace BranchBot.Core.Membership;

/// <summary>The Membership and Setup sections of appsettings.json.</summary>
public sealed class MembershipOptions
{
    public const string SectionName = "Membership";

    /// <summary>How long an invite code stays valid; the secretary can issue a new one at any time.</summary>
    public int InviteLifetimeDays { get; set; } = 14;

    /// <summary>Wrong setup or invite codes one chat account may send before it has to wait.</summary>
    public int MaxFailedCodeAttempts { get; set; } = 5;

    public int CodeLockoutMinutes { get; set; } = 15;

    /// <summary>How long a process trusts its cached view of a member (another process, the CLI, may change it).</summary>
    public int DirectoryCacheSeconds { get; set; } = 5;
}
