using BranchBot.Core.Meetings;

namespace BranchBot.Scheduling;

/// <summary>
/// Hands every saved meeting to <see cref="MinutesForAbsentees"/>. It resolves that at the call: the meeting service
/// tells its listeners, and the attendance summary the minutes need reads meetings through that same service.
/// </summary>
public sealed class MinutesSavedListener(IServiceProvider services) : IMeetingChangeListener
{
    public Task OnMeetingChangedAsync(Meeting meeting, CancellationToken cancellationToken) =>
        services.GetRequiredService<MinutesForAbsentees>().OnMeetingChangedAsync(meeting, cancellationToken);
}
