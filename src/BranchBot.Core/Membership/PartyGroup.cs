namespace BranchBot.Core.Membership;

/// <summary>A 党小组 inside the branch.</summary>
public sealed record PartyGroup
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string NewId() => "g_" + Guid.NewGuid().ToString("N")[..12];
}
