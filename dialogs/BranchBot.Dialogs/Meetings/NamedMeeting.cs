using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>A meeting named inside a sentence ("下周三的党员大会我出差", "周五党课 有事"): its kind and/or day.</summary>
public sealed record NamedMeeting(MeetingKind? Kind, DateOnly? Day, string Described)
{
    /// <summary>
    /// "支部会": the branch's meeting without its kind, a 党员大会 or a 支委会 (<see cref="MeetingKinds.BranchMeetingKinds"/>);
    /// which one only a day with one such meeting on it says.
    /// </summary>
    public bool BranchMeeting { get; private init; }

    private static readonly char[] Separators = [' ', '\u3000', '，', ',', '。', '、', '：', ':', '；', ';'];

    /// <summary>"这周五" said after that Friday (on a Sunday): the day named is past, and next week's may be meant.</summary>
    public ThisWeekDayPassed.Suggestion? ThisWeekPassed { get; private init; }

    /// <summary>The sentence without the meeting's kind ("下周三党员大会 出差" → "下周三 出差").</summary>
    public string WithoutKind { get; private init; } = string.Empty;

    /// <summary>The sentence without the meeting's kind and day ("下周三的党员大会 出差" → "出差").</summary>
    public string WithoutKindAndDay { get; private init; } = string.Empty;

    public static NamedMeeting? Read(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text;
        DateOnly? day = null;
        ThisWeekDayPassed.Suggestion? thisWeekPassed = null;
        var date = ChineseDateTimeRecognizer.Recognize(rest, now, zone);
        if (date.Succeeded && date.Value!.Parts != DateTimeParts.TimeOnly)
        {
            day = date.Value.Date;
            rest = rest.Remove(date.Start, date.Length);
            thisWeekPassed = ThisWeekDayPassed.Find(date.MatchedText, date.Value.Date, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));
        }

        MeetingKind? kind = null;
        if (MeetingKinds.TryFind(rest, out var found, out var start, out var length))
        {
            kind = found;
            rest = rest.Remove(start, length);
        }
        else if (rest.IndexOf("大会", StringComparison.Ordinal) is var general and >= 0)
        {
            // "大会提前到下午两点": in a branch, 大会 alone is the 党员大会.
            kind = MeetingKind.GeneralMeeting;
            rest = rest.Remove(general, 2);
        }

        var branchMeeting = false;
        if (kind is null && MeetingKinds.TryFindBranchMeeting(rest, out var branchStart, out var branchLength))
        {
            branchMeeting = true;
            rest = rest.Remove(branchStart, branchLength);
        }

        if (kind is null && day is null && !branchMeeting)
        {
            return null;
        }

        var described = (date.Succeeded && day is not null ? date.MatchedText : string.Empty) + (kind is { } k ? MeetingKinds.ToChinese(k) : "会议");
        var withoutKind = MeetingKinds.TryFind(text, out _, out var kindStart, out var kindLength) ? text.Remove(kindStart, kindLength) : text;
        if (branchMeeting && MeetingKinds.TryFindBranchMeeting(withoutKind, out var wordStart, out var wordLength))
        {
            withoutKind = withoutKind.Remove(wordStart, wordLength);
        }

        return new NamedMeeting(kind, day, described) { WithoutKind = Tidy(withoutKind), WithoutKindAndDay = Tidy(rest), BranchMeeting = branchMeeting, ThisWeekPassed = thisWeekPassed };
    }

    /// <summary>
    /// "周五的支部会" when the only such meeting that Friday is the 支委会: the meeting's own kind, said as the sentence
    /// said the day.
    /// </summary>
    public NamedMeeting OfKind(MeetingKind kind) =>
        this with { Kind = kind, BranchMeeting = false, Described = (Described.EndsWith("会议", StringComparison.Ordinal) ? Described[..^2] : Described) + MeetingKinds.ToChinese(kind) };

    /// <summary>The same meeting a week on: "这周五党课" said on a Sunday, read as "下周五党课" once the sender agrees.</summary>
    public NamedMeeting NextWeek() => ThisWeekPassed is { } passed
        ? this with { Day = passed.NextWeekDay, Described = passed.Rewrite(Described), ThisWeekPassed = null }
        : this;

    // What is left around a removed meeting name: separators, and the 的 that tied a day to the kind ("下周三的党员大会").
    private static string Tidy(string text) => text.Trim(Separators).TrimStart('的').Trim(Separators);

    public bool Matches(Meeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return (Kind is null || meeting.Kind == Kind)
            && (!BranchMeeting || MeetingKinds.BranchMeetingKinds.Contains(meeting.Kind))
            && (Day is null || DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.StartsAt, zone).DateTime) == Day);
    }
}
