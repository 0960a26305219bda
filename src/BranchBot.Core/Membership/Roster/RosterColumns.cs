namespace BranchBot.Core.Membership.Roster;

/// <summary>The roster file's columns, as the header names them.</summary>
public static class RosterColumns
{
    public const string Name = "name";
    public const string Role = "role";
    public const string Group = "group";
    public const string ChannelId = "channelId";
    public const string UserId = "userId";

    /// <summary>The branch of a row in the organisation's roster (roster import/export on the command line); empty: the first branch.</summary>
    public const string Branch = "branch";

    public static IReadOnlyList<string> All { get; } = [Name, Role, Group, ChannelId, UserId];

    public static string Header => string.Join(',', All);
}
