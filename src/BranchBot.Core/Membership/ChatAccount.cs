namespace BranchBot.Core.Membership;

/// <summary>One chat identity (a channel and the user id it gives the person) bound to a member.</summary>
public sealed record ChatAccount(string ChannelId, string UserId)
{
    public string Key => $"{ChannelId}|{UserId}";

    public override string ToString() => Key;
}
