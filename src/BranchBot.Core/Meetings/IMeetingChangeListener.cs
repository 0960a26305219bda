namespace BranchBot.Core.Meetings;

/// <summary>
/// Told after a meeting is created, changed or cancelled (and after plan occurrences are created), so the
/// scheduler can (re)build that meeting's triggers. The domain does not know Quartz.
/// </summary>
public interface IMeetingChangeListener
{
    Task OnMeetingChangedAsync(Meeting meeting, CancellationToken cancellationToken);
}
