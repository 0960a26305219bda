namespace BranchBot.Core.Calendar;

/// <summary>
/// A member's calendar feed link as stored: the keyed hash of the token (<see cref="Security.SecretCodeHasher"/>),
/// never the token itself. One per member; resetting it replaces the old one.
/// </summary>
public sealed record CalendarToken(string MemberId, string TokenHash, DateTimeOffset CreatedAt);
