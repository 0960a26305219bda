using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我到了，签个到", "帮我签到", "打卡", "支委会签到": 签到 (with the meeting named). "我到了", "我到会场了" alone are only
/// likely; a bare "到" or "已到" (answering a roll call) is read only while one of the sender's meetings is open for check-in.
/// </summary>
public sealed partial class CheckInIntent : IIntentRule
{
    public string Command => "签到";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (AboutOthers().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        var confidence = Asked().IsMatch(text) ? 0.9
            : Arrived().IsMatch(text) ? 0.6
            : Present().IsMatch(text) && await input.CheckInOpenAsync(cancellationToken) ? 0.6
            : 0;
        if (confidence == 0)
        {
            return null;
        }

        // The meeting named only describes the check-in: 签到 takes the meeting in progress, so nothing is written from it.
        var slots = new Dictionary<string, string>();
        var named = NamedMeeting.Read(text, input.Now, input.Zone);
        MeetingSlots.Fill(slots, named);
        var code = Code().Match(text);
        if (code.Success)
        {
            return new IntentMatch(Command, $"{Command} {code.Value}", IntentEffect.Write, confidence, slots);
        }

        // "我到了" is offered as "签到 12月2日党员大会": the button says which meeting it signs in to, and signs in to that one.
        var meant = named is null ? await MeetingMeantAsync(input, cancellationToken) : null;
        return new IntentMatch(Command, meant is null ? Command : $"{Command} {meant}", IntentEffect.Write, confidence, slots);
    }

    /// <summary>
    /// The one meeting of the sender's open for check-in, or, of several, the one in focus since shortly before its start
    /// (as <see cref="CheckInCommand"/> chooses); null when that is not one meeting.
    /// </summary>
    private static async ValueTask<string?> MeetingMeantAsync(IntentInput input, CancellationToken cancellationToken)
    {
        var open = await input.OpenForCheckInAsync(cancellationToken);
        if (open.Count > 1 && await input.FocusAsync(cancellationToken) is { } focus)
        {
            open = [.. open.Where(m => focus.MeetingIds.Contains(m.Id) && focus.ShownAt >= m.StartsAt - CheckInCommand.FocusNearTheStart)];
        }

        if (open is not [var meeting])
        {
            return null;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.StartsAt, input.Zone).DateTime);
        return string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日{MeetingKinds.ToChinese(meeting.Kind)}");
    }

    [GeneratedRegex(@"(?<![改未没补代])签(个|一下|下)?到(?!表|本|册|单|簿|机|点|处)|^报(个)?到$|打(个)?卡|帮我签(一下|个名)$|登记(一下)?出席|(我|人)?到了.{0,3}签上|签上$|(我|人)?(到了|来了)[,，]?(帮忙|帮我|麻烦)?签(一下|下|个)$")]
    private static partial Regex Asked();

    [GeneratedRegex(@"^(我)?(已经)?(到了|来了|到会了|到场了|在会场了?)|^(我)?人到了|^([\u4e00-\u9fa5]?书记)?(我)?(已经|已|刚)?(到|来|进)(了)?(会议室|会场|现场|会议现场|活动室|会上)(了|啦)?$")]
    private static partial Regex Arrived();

    /// <summary>"到", "已到", "我已到": a roll-call answer, which names no meeting and is check-in only while a window is open.</summary>
    [GeneratedRegex(@"^(我)?(已经|已)?(到|到会|到场)(了|啦)?$")]
    private static partial Regex Present();

    /// <summary>The check-in code a sentence gives ("签到码是4821").</summary>
    [GeneratedRegex(@"(?<=签到码(是|为|:)?\s*)\d{4,8}")]
    private static partial Regex Code();

    /// <summary>
    /// Someone else's check-in, the figures, a question, or a meeting recorded afterwards (补录) is no check-in; nor is
    /// a check-in asked to be shown ("党员大会的签到我看看").
    /// </summary>
    [GeneratedRegex(@"签到的?(情况|率|名单|统计|人数)|签到的?(我|给我|让我)?(看看|看下|看一下|查查|查一下)$|人数|谁|哪些人|几个人|多少|没签|未签|签到了吗|签到没|啥|什么|补录|纸质|上次|上个月|是按|按.{1,4}(算|计)|吗$|？|\?")]
    private static partial Regex AboutOthers();
}
