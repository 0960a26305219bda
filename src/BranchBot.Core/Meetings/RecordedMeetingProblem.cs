namespace BranchBot.Core.Meetings;

/// <summary>Why a held meeting cannot be recorded (补录). The front ends word it.</summary>
public abstract record RecordedMeetingProblem
{
    /// <summary>Only 书记, 副书记 and 支委 record held meetings.</summary>
    public sealed record NotAllowed : RecordedMeetingProblem;

    /// <summary>The start has not come yet: 补录 is for meetings already held.</summary>
    public sealed record StartInFuture(DateTimeOffset StartsAt) : RecordedMeetingProblem;

    /// <summary>Before 1 January of <paramref name="EarliestYear"/>, the earliest accepted.</summary>
    public sealed record StartTooEarly(int EarliestYear) : RecordedMeetingProblem;

    /// <summary>A field or the audience, as a meeting being arranged would be refused.</summary>
    public sealed record Meeting(MeetingProblem Problem) : RecordedMeetingProblem;

    /// <summary>A meeting of the same kind, audience and start is on record already.</summary>
    public sealed record AlreadyRecorded(Meetings.Meeting Existing) : RecordedMeetingProblem;

    /// <summary>Names that match nobody active on the roster, as typed, each once.</summary>
    public sealed record UnknownNames(IReadOnlyList<string> Names) : RecordedMeetingProblem
    {
        public bool Equals(UnknownNames? other) => other is not null && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

        public override int GetHashCode() => Names.Count;
    }

    /// <summary>Names that several active members share, each once.</summary>
    public sealed record AmbiguousNames(IReadOnlyList<string> Names) : RecordedMeetingProblem
    {
        public bool Equals(AmbiguousNames? other) => other is not null && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

        public override int GetHashCode() => Names.Count;
    }

    /// <summary>Members listed both as attending and as on leave.</summary>
    public sealed record AttendedAndOnLeave(IReadOnlyList<string> Names) : RecordedMeetingProblem
    {
        public bool Equals(AttendedAndOnLeave? other) => other is not null && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

        public override int GetHashCode() => Names.Count;
    }

    /// <summary>Nobody attending, and not "everyone attended".</summary>
    public sealed record NoAttendees : RecordedMeetingProblem;
}
