namespace BranchBot.Core.Calendar;

/// <summary>The secret in a member's calendar feed link. One per member; resetting it replaces the old one.</summary>
public sealed record CalendarToken(string MemberId, string Token, DateTimeOffset CreatedAt);
