using BranchBot.Core.Membership;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>Who sent the current message: their chat account, and the member and branch behind it if any.</summary>
public sealed record Sender(ChatAccount Account, string? DisplayName, Member? Member, Branch? Branch)
{
    private const string TurnItemKey = "sender";

    public bool IsMember => Member is not null;

    public bool IsCommittee => Member?.IsCommittee == true;

    public bool IsSecretary => Member?.Role == MemberRole.Secretary;

    public bool BranchClaimed => Branch?.IsClaimed == true;

    public void AttachTo(DialogContext dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        dialogs.TurnItems[TurnItemKey] = this;
    }

    /// <summary>The sender of the turn a dialog step runs in.</summary>
    public static Sender Of(DialogContext dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return dialogs.TurnItems.TryGetValue(TurnItemKey, out var value) && value is Sender sender
            ? sender
            : throw new InvalidOperationException("The turn has no resolved sender.");
    }
}
