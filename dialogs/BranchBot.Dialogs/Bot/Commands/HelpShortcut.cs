namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>The roles for which a command is an everyday button in the 帮助 overview.</summary>
[Flags]
public enum HelpShortcut
{
    None = 0,

    /// <summary>党员 and 党小组长.</summary>
    Members = 1,

    /// <summary>副书记 and 支委.</summary>
    Committee = 2,

    /// <summary>书记.</summary>
    Secretary = 4,

    Everyone = Members | Committee | Secretary,
}

public static class HelpShortcuts
{
    /// <summary>Which overview a member sees; none for someone who has not joined.</summary>
    public static HelpShortcut For(Sender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return sender switch
        {
            { IsSecretary: true } => HelpShortcut.Secretary,
            { IsCommittee: true } => HelpShortcut.Committee,
            { IsMember: true } => HelpShortcut.Members,
            _ => HelpShortcut.None,
        };
    }
}
