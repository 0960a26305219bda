namespace BranchBot.Scheduling;

/// <summary>What running one meeting event did.</summary>
public enum MeetingEventOutcome
{
    Sent,

    /// <summary>The sent marker was taken before (another run, or before a restart).</summary>
    AlreadySent,

    MeetingNotFound,

    MeetingCancelled,

    /// <summary>The meeting was changed since the trigger was made; the new revision has triggers of its own.</summary>
    RevisionChanged,

    /// <summary>A reminder or check-in notice whose meeting had already started.</summary>
    TooLate,

    UnknownEvent,
}
