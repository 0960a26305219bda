using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>The meeting a sentence names ("下周三的党员大会") as slots, and its number in the list 修改会议 shows.</summary>
public static partial class MeetingSlots
{
    /// <summary>
    /// "周三的党员大会" typed on a Wednesday names today, but when no such meeting is today and one is a week later, the
    /// member means that one: the meeting named with that day (read only for a bare weekday that falls on today). A
    /// "支部会" then takes the kind of the one meeting it can mean (<see cref="OfItsKindAsync"/>).
    /// </summary>
    /// <summary>"明天的会", "下周三的党员大会": a meeting named by its kind or day, none of which is ahead.</summary>
    public static async ValueTask<bool> NamedButNotAheadAsync(NamedMeeting? named, IntentInput input, CancellationToken cancellationToken) =>
        named is { } meeting && (meeting.Kind is not null || meeting.Day is not null)
        && !(await input.UpcomingAsync(cancellationToken)).Any(m => meeting.Matches(m, input.Zone));

    public static async ValueTask<NamedMeeting?> OnItsDayAsync(NamedMeeting? named, IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(input.Now, input.Zone).DateTime);
        if (named?.Day != today || !BareWeekday().IsMatch(named.Described))
        {
            return await OfItsKindAsync(named, input, cancellationToken);
        }

        var upcoming = await input.UpcomingAsync(cancellationToken);
        var nextWeek = today.AddDays(7);
        var later = named with
        {
            Day = nextWeek,
            Described = string.Create(CultureInfo.InvariantCulture, $"{nextWeek.Month}月{nextWeek.Day}日{(named.Kind is { } kind ? MeetingKinds.ToChinese(kind) : "会议")}"),
        };
        return await OfItsKindAsync(!upcoming.Any(m => named.Matches(m, input.Zone)) && upcoming.Any(m => later.Matches(m, input.Zone)) ? later : named, input, cancellationToken);
    }

    /// <summary>
    /// "周五的支部会": the branch's meeting said without its kind is the 党员大会 or the 支委会 scheduled that day when
    /// exactly one is (a meeting said by its day alone, any one meeting that day); otherwise it stays without a kind,
    /// so the command asks which meeting instead of guessing one.
    /// </summary>
    private static async ValueTask<NamedMeeting?> OfItsKindAsync(NamedMeeting? named, IntentInput input, CancellationToken cancellationToken)
    {
        // "下周三的会": a meeting said by its day alone is, like a 支部会, the one meeting scheduled that day.
        if (named is not ({ BranchMeeting: true } or { Kind: null, Day: not null }))
        {
            return named;
        }

        var fitting = (await input.UpcomingAsync(cancellationToken)).Where(m => named.Matches(m, input.Zone)).ToList();
        return fitting.Count == 1 ? named.OfKind(fitting[0].Kind) : named;
    }

    public static void Fill(IDictionary<string, string> slots, NamedMeeting? named)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (named?.Kind is { } kind)
        {
            slots[IntentSlots.Meeting] = MeetingKinds.ToChinese(kind);
        }

        if (named?.Day is { } day)
        {
            slots[IntentSlots.Date] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The meeting's kind and day as slots, certain only when they name exactly one scheduled meeting (a day or kind
    /// that fits none or several is a guess at which one is meant); a kind said without its day gets that meeting's day.
    /// </summary>
    public static async ValueTask FillAsync(SlotReading slots, NamedMeeting? named, IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (named is null)
        {
            return;
        }

        var certain = await NumberOfAsync(named, input, cancellationToken) is not null;
        if (named.Kind is { } kind)
        {
            slots.Put(IntentSlots.Meeting, MeetingKinds.ToChinese(kind), certain);
        }

        if (named.Day is { } day)
        {
            slots.Put(IntentSlots.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), certain);
        }
        else if (await NumberOfAsync(named, input, cancellationToken) is { } number)
        {
            // "支委会取消", "党员大会请假": a kind with one meeting scheduled names that meeting, and so its day.
            var starts = TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[number - 1].StartsAt, input.Zone);
            slots.Certain(IntentSlots.Date, starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The 序号 of the only upcoming meeting the sentence names; null when none or several fit.</summary>
    public static async ValueTask<int?> NumberOfAsync(NamedMeeting? named, IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (named is null)
        {
            return null;
        }

        var upcoming = await input.UpcomingAsync(cancellationToken);
        var fitting = upcoming.Select((meeting, index) => (meeting, index)).Where(m => named.Matches(m.meeting, input.Zone)).ToList();
        return fitting.Count == 1 ? fitting[0].index + 1 : null;
    }

    [GeneratedRegex(@"^(周|星期|礼拜)[一二三四五六日天]")]
    private static partial Regex BareWeekday();
}
