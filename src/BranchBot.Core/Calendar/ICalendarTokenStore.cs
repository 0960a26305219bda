namespace BranchBot.Core.Calendar;

/// <summary>Where the members' calendar feed tokens are kept.</summary>
public interface ICalendarTokenStore
{
    ValueTask<CalendarToken?> GetForMemberAsync(string memberId, CancellationToken cancellationToken);

    ValueTask<CalendarToken?> FindAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Stores the member's token, replacing (and so revoking) any earlier one.</summary>
    ValueTask SaveAsync(CalendarToken token, CancellationToken cancellationToken);
}
