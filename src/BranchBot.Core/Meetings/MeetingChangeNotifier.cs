using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Tells every registered <see cref="IMeetingChangeListener"/> about a saved meeting. The meeting is already stored,
/// so a failing listener is logged and does not turn the user's request into an error.
/// </summary>
public sealed partial class MeetingChangeNotifier(IEnumerable<IMeetingChangeListener> listeners, ILogger<MeetingChangeNotifier> logger)
{
    private readonly IMeetingChangeListener[] _listeners = [.. listeners];

    public async Task NotifyAsync(IEnumerable<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        foreach (var meeting in meetings)
        {
            await NotifyAsync(meeting, cancellationToken);
        }
    }

    public async Task NotifyAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnMeetingChangedAsync(meeting, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogListenerFailed(exception, listener.GetType().Name, meeting.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Meeting change listener {Listener} failed for meeting {MeetingId}")]
    private partial void LogListenerFailed(Exception exception, string listener, string meetingId);
}
