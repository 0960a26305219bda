namespace BranchBot.Dialogs.Bot.Commands;

public enum CommandAudience
{
    /// <summary>Anyone who writes to the bot, member or not.</summary>
    Anyone,

    /// <summary>Only people not yet bound to a member (joining, first set-up).</summary>
    Guests,

    /// <summary>Any member of the branch.</summary>
    Members,

    /// <summary>书记, 副书记 and 支委.</summary>
    Committee,

    /// <summary>书记 only.</summary>
    Secretary,
}
