namespace BranchBot.Core.Membership.Roster;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record RosterImportResult
{
    /// <summary>Every problem found, most with their line of the file; empty when the import was written.</summary>
    public IReadOnlyList<RosterProblem> Errors { get; init; } = [];

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Bound { get; init; }

    /// <summary>
    /// Members who still have to join from chat, with their new invite codes; the code is null for a member whose
    /// earlier invite is still valid (kept, and not shown again: only its hash is stored).
    /// </summary>
    public IReadOnlyList<(string Name, string? Code)> Invites { get; init; } = [];

    /// <summary>Side effects worth telling the operator about (a group leader replaced, for example).</summary>
    public IReadOnlyList<RosterNote> Notes { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
