namespace BranchBot.Core.Membership;

/// <summary>A one-time code that binds the chat account that sends it to a member created by the secretary.</summary>
public sealed record Invite(string Code, string MemberId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
