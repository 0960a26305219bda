namespace BranchBot.Core.Membership.Roster;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record RosterImportResult
{
    /// <summary>One Chinese line per problem, each starting with its line number; empty when the import was written.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Bound { get; init; }

    /// <summary>
    /// Members who still have to join from chat, with their new invite codes; the code is null for a member whose
    /// earlier invite is still valid (kept, and not shown again: only its hash is stored).
    /// </summary>
    public IReadOnlyList<(string Name, string? Code)> Invites { get; init; } = [];

    /// <summary>What to show for a member whose earlier invite is still valid.</summary>
    public const string StillValidInvite = "已有有效邀请码（不再显示；如已遗失，请在控制台「党员」页重新生成，或在聊天中发送「邀请码 姓名」）";

    /// <summary>Side effects worth telling the operator about (a group leader replaced, for example).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
