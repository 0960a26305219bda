using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "下周三的党员大会我出差去不了，请个假", "书记，我要请个假，单位临时加班": 请假 for the meeting named, with the reason
/// (the words beside the request, without greetings or filler). "去不了" without 请假 is only likely: the member is asked.
/// A sentence that points back ("那天我去不了", "这个会我请个假") or, right after a meeting was shown, names none
/// ("去不了，孩子病了") is about the meeting in focus (<see cref="MeetingInFocus"/>).
/// </summary>
public sealed partial class LeaveIntent : IIntentRule
{
    public string Command => "请假";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var cannot = Cannot().IsMatch(text);
        if ((!Asked().IsMatch(text) && !cannot) || NotForSelf().IsMatch(text) || IntentText.AsksAboutRules(text) || LeaveWithdrawalWords.TakeBack(text))
        {
            return null;
        }

        input = input.WithOwnMeetingsOnly();
        var body = NumericDates.Rewrite(LeadingRequest().Replace(IntentText.WithoutSelfIntroduction(text, await input.MemberNamesAsync(cancellationToken)), string.Empty));
        // "那天我去不了 要出差", "这个会我请个假", or "去不了，孩子病了" right after a 会议通知: the meeting in focus.
        var read = NamedMeeting.Read(body, input.Now, input.Zone);
        var named = await MeetingInFocus.ReadAsync(body, read, input, bareMeansIt: true, cancellationToken)
            ?? await MeetingSlots.OnItsDayAsync(read, input, cancellationToken);
        var reason = IntentText.IsUndecided(text) ? string.Empty : Essential(IntentText.Remainder(WithoutMeeting(body, input), LeaveWords()));
        var asked = Asked().IsMatch(text);
        // "下周三党员大会我得去医院陪床老人刚做完手术走不开你给我请个假吧": leave asked for plainly, for a meeting named, with a
        // reason said at length (voice input, several things in one breath) is not written from a guess at where the
        // reason starts and ends; the button carries the meeting alone and 请假 asks for the reason.
        if (asked && named is not null && reason.Length > 14 && !reason.Contains('，', StringComparison.Ordinal) && SaysOnlyWhy(reason, input))
        {
            reason = string.Empty;
        }

        var slots = new SlotReading();
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        if (reason.Length > 0)
        {
            slots.Put(IntentSlots.Reason, reason, IsPlainReason(reason, input));
        }

        // "支部会我请个假": a meeting said by neither kind nor day is left for the command to ask, not written as "会议".
        var meeting = named is { Kind: null, Day: null } ? null : named?.Described;
        if (meeting is not null && await MeetingSlots.NamedButNotAheadAsync(named, input, cancellationToken))
        {
            // "明天的会我去不了" with nothing on tomorrow: 请假 would refuse the button it was offered, so that is said now.
            // The meeting is no certain slot, so "请假 周四" typed stays in doubt too.
            return new IntentMatch(Command, "近期安排", IntentEffect.Read, WriteGuard.InDoubt, new Dictionary<string, string>())
            {
                Explanation = IntentTexts.NoNamedMeetingForLeave(meeting),
                ButtonTitle = "近期安排",
                Guessed = new HashSet<string> { IntentSlots.Meeting },
            };
        }
        // "下周三的党员大会我去不了": the meeting goes on the button even without a reason, which 请假 then asks for.
        var line = reason.Length > 0 ? IntentText.Squeeze($"{Command} {meeting} {reason}") : named?.Kind is not null ? $"{Command} {meeting}" : Command;
        // "周五支委会去不了，孩子发烧住院了": a meeting and a reason beside "去不了" ask for leave as plainly as 请假.
        var confidence = asked || (named is not null && reason.Length > 0 && !Unsure().IsMatch(text)) ? 0.9 : named is not null ? 0.7 : 0.6;
        return slots.Match(Command, line, IntentEffect.Write, confidence);
    }

    /// <summary>
    /// A reason is certain when it is one clause that speaks only of the reason: no second clause whose part in it is
    /// a guess, no day or time or meeting left in it (the meeting was then read wrong), no hedge.
    /// </summary>
    private static bool IsPlainReason(string reason, IntentInput input) => IsShortReason(reason) && SaysOnlyWhy(reason, input);

    private static bool IsShortReason(string reason) => !reason.Contains('，', StringComparison.Ordinal) && reason.Length <= 14;

    private static bool SaysOnlyWhy(string reason, IntentInput input) =>
        !PersonOnly().IsMatch(reason) && !SlotShapes.SpeaksOfTime(PartOfDay().Replace(reason, string.Empty), input.Now, input.Zone) && !LeftInReason().IsMatch(reason);

    /// <summary>
    /// "我老婆下周三党员大会去不了" leaves "老婆": a person alone says who cannot come, not why the sender cannot, so the
    /// leave may not be the sender's own.
    /// </summary>
    [GeneratedRegex(@"^(我|俺)?(的)?(老婆|老公|爱人|媳妇|对象|家属|家人|孩子|儿子|女儿|妈|爸|父亲|母亲|老人|同事|领导|朋友)$")]
    private static partial Regex PersonOnly();

    /// <summary>"孩子晚上发烧了", "单位年底审计": a part of the day or of the year inside a reason names no other day.</summary>
    [GeneratedRegex(@"[上下]午|晚上|早上|中午|傍晚|白天|夜里|半夜|年底|年初|年终|年末")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"(的|个|次|那)会|会议(?!室)|大会|请假|签到|^(和|跟|与|以及|还有|并)|可能|好像|估计|也许|不一定|说不定|大概|如果|吗|呢|那个我|^(下|本|这)(周|星期|礼拜)那个|^我$")]
    private static partial Regex LeftInReason();

    /// <summary>
    /// "去省里开会，回来估计得晚上了": a clause that only guesses at what follows (估计, 可能, 回来…) adds nothing to the
    /// reason when another clause gives it.
    /// </summary>
    private static string Essential(string reason)
    {
        var clauses = reason.Split('，');
        var kept = clauses.Where(c => !Aside().IsMatch(c) && !MeetingNamedOnly().IsMatch(c)).ToArray();
        return kept.Length > 0 && kept.Length < clauses.Length ? string.Join('，', kept) : reason;
    }

    /// <summary>"我下周三出差，支部会去不了": a clause left holding only the meeting's everyday name is no part of the reason.</summary>
    [GeneratedRegex(@"^(这个|那个|这次|那次|下次|本次)?(支部的?会|支部大会|党员大会|支委会|党小组会|小组会|党课|主题党日|会议?)$")]
    private static partial Regex MeetingNamedOnly();

    [GeneratedRegex(@"^(回来|估计|可能|大概|应该|怕是|恐怕|怕|担心|免得|以免|需要|得|必须|只好|到时候|所以|实在抱歉|请批|批一下|望批准|请批准|特此)")]
    private static partial Regex Aside();

    /// <summary>The sentence without the date and kind that name the meeting, so they are not part of the reason.</summary>
    private static string WithoutMeeting(string text, IntentInput input)
    {
        var rest = text;
        var date = ChineseDateTimeRecognizer.Recognize(rest, input.Now, input.Zone);
        if (date.Succeeded)
        {
            // "礼拜五的支委会": the 的 that tied the day to the meeting's kind goes with the day ("12月2号的会" keeps it
            // for the plain 会, which goes below).
            var end = date.Start + date.Length;
            var tied = end + 1 < rest.Length && rest[end] == '的' && rest[end + 1] != '会' ? 1 : 0;
            rest = rest.Remove(date.Start, date.Length + tied);
        }

        if (Core.Meetings.MeetingKinds.TryFind(rest, out _, out var start, out var length)
            || Core.Meetings.MeetingKinds.TryFindBranchMeeting(rest, out start, out length))
        {
            rest = rest.Remove(start, length);
        }
        else if (rest.IndexOf("大会", StringComparison.Ordinal) is var general and >= 0)
        {
            // "下午的大会我请个假": 大会 alone is the 党员大会 (as NamedMeeting reads it), no part of the reason.
            rest = rest.Remove(general, 2);
        }

        return MeetingWords().Replace(rest.TrimStart(' '), " ");
    }

    [GeneratedRegex(@"(这|那)(个|次)?(会议|会)(儿)?|的(会议|会)(?=我|请|去|来|参加)|^(的)?(会议|会)?")]
    private static partial Regex MeetingWords();

    /// <summary>"周五那个会我可能去不了": not sure yet, so the member is asked rather than offered the leave.</summary>
    [GeneratedRegex(@"可能|好像|估计|也许|不一定|说不定|大概")]
    private static partial Regex Unsure();


    /// <summary>"请个假", "请周五的假", and the leave said first: "周五支委会那个假帮我请一下", "假我上周就请过了".</summary>
    [GeneratedRegex(@"请(个|一下|下|几天|一天|半天)?假|请[^，,。]{0,10}?的假|告(个)?假|(请|求)?批(个)?假|补(个|一个)?假|(那个|这个|的)假[^，,。]{0,8}?请(?!教|示|问|客)")]
    private static partial Regex Asked();

    [GeneratedRegex(@"^请假(一次|一下|一天)?[:\s]*")]
    private static partial Regex LeadingRequest();

    [GeneratedRegex(@"没法去|去不了|来不了|参加不了|(?<!能)不能参加|没法参加|无法参加|参加不成|去不成|赶不上|赶不回来|到不了|(?<!能)不能来|来不成|缺席|走不开|抽不开身|脱不开身|赶不过来|过不去|来不成")]
    private static partial Regex Cannot();

    /// <summary>
    /// Someone else's leave or a decision on one ("同意请假 7", "刘洋的假我批了"), the leave procedure, a question
    /// ("…要请假吗", "请假超过多少次…") or the member's own requests asked to be seen ("我的请假", "请假记录") is not a request.
    /// </summary>
    [GeneratedRegex(@"批准|审批|(?<!望|请|希望|恳请)同意|驳回|批了|准了|不准|不批|谁|他|她|别人|请假情况|请假的人|请假的(同志)?(呢|都有谁|有谁|是谁)$|怎么请假|我的请假(?!申请|单|条)|请假(记录|列表|状态|结果)|请假.*(规定|几天|多久)|多少|什么|后果|影响|吗$|？|\?")]
    private static partial Regex NotForSelf();

    /// <summary>The request's own words: asking leave, not being able to come, whom it is asked of.</summary>
    [GeneratedRegex(@"^的|(帮我)?(跟|向|找|和)(书记|支部|组织|领导|您|你)|(弄|整|搞|办)(个|一个|一下|下)(?=请假|假)|特此|^本人|请[^，,。]{0,10}?的假(哈|啊|吧|呗)?|请(个|一下|下|几天|一天|半天)?假(一次|一下)?(哈|啊|吧|呗)?|(那个|这个)?假(帮我|麻烦|帮忙)?请(一下|下)?(哈|啊|吧|呗)?|告(个)?假|(请|求)?批(个)?假|补(个|一个)?假|(走不开|抽不开身|脱不开身|赶不过来|过不去|没法去|去不了|来不了|参加不了|不能参加|没法参加|无法参加|参加不成|去不成|赶不上|赶不回来|到不了|不能来|来不成)了?|缺席|参加(?![\u4e00-\u9fa5])|(?<!去.{0,6})开会|这次|那天|到时候|当天|正好|刚好|恰好|正巧|碰巧|刚巧|可能|实在|只能|^(我|俺)(?=[^\u4e00-\u9fa5]|$)|[来去到赶过走抽脱离出起]不(开身|了|来|回来|过来|过去|开|成|上|到)了?|^回不(来|去)了?$")]
    private static partial Regex LeaveWords();
}
