namespace BranchBot.Core.Membership.Roster;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record RosterImportResult
{
    /// <summary>One Chinese line per problem, each starting with its line number; empty when the import was written.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Bound { get; init; }

    /// <summary>Members who still have to join from chat, with their new invite codes.</summary>
    public IReadOnlyList<(string Name, string Code)> Invites { get; init; } = [];

    /// <summary>Side effects worth telling the operator about (a group leader replaced, for example).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
