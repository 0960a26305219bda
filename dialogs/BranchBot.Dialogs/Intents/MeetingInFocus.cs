using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The meeting a sentence means when it only points back at what the bot last showed the member (<see
/// cref="Core.Meetings.Focus.MeetingFocus"/>): "那天我去不了", "这个会取消吧", "那个党课几点结束", and, right after it was
/// shown, a sentence that names no meeting at all ("去不了，孩子病了"). A meeting or a day said in the sentence is the one
/// meant; with no focus, or one no longer held, nothing is pointed at and the rules read the sentence as before.
/// </summary>
public static partial class MeetingInFocus
{
    /// <summary>Whether the sentence points back at a meeting spoken of before ("那个会", "这次", "那天", "它").</summary>
    public static bool PointsBack(string text) => Pointer().IsMatch(text);

    /// <summary>
    /// The meeting in focus as the rules name meetings, when <paramref name="text"/> points back at it (or, with
    /// <paramref name="bareMeansIt"/>, names none right after it was shown); null otherwise. <paramref name="named"/> is
    /// what the sentence itself names: a day wins over the focus, a kind only narrows it ("那个党课").
    /// </summary>
    public static async ValueTask<NamedMeeting?> ReadAsync(string text, NamedMeeting? named, IntentInput input, bool bareMeansIt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(input);
        if (named is { Day: not null } || await input.FocusAsync(cancellationToken) is not { } focus)
        {
            return null;
        }

        var pointed = PointsBack(text);
        if ((named is not null && !pointed) || (named is null && !pointed && !(bareMeansIt && focus.FreshAt(input.Now))))
        {
            return null;
        }

        var shown = (await input.UpcomingAsync(cancellationToken))
            .Where(m => focus.MeetingIds.Contains(m.Id) && (named?.Kind is null || m.Kind == named.Kind)
                && (named is not { BranchMeeting: true } || MeetingKinds.BranchMeetingKinds.Contains(m.Kind)))
            .ToList();
        var days = shown.Select(m => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.StartsAt, input.Zone).DateTime)).Distinct().ToList();
        if (days is not [var day])
        {
            return null;
        }

        MeetingKind? kind = shown.Select(m => m.Kind).Distinct().Count() == 1 ? shown[0].Kind : null;
        var described = string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日{(kind is { } k ? MeetingKinds.ToChinese(k) : "会议")}");
        return new NamedMeeting(kind, day, described);
    }

    /// <summary>
    /// Words that point back: "那个会", "这次会", "那个党课", "这次", "那次", "那天", "当天", "它", "刚才安排的会".
    /// "上次那个会" points at a past meeting, not at the one shown.
    /// </summary>
    [GeneratedRegex(@"(?<!上|上一)(那|这)(个|次|场)(会议?|党课|党日|活动|党员大会|支部大会|支委会|党小组会|主题党日|组织生活会)|(?<![上下])(这次|那次|本次)|那天|当天|那一天|(?<!其)它|刚才?(安排|定|排|说|发|通知)的(那个|这个)?(会|会议)|刚刚(安排|定|排|说|发|通知)的(那个|这个)?(会|会议)")]
    private static partial Regex Pointer();
}
