using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"谁还没签到", "都谁请了假", "到了多少人", "今天出勤怎么样": 签到情况 (the committee's view of a meeting's attendance).</summary>
public sealed partial class AttendanceSummaryIntent : IIntentRule
{
    public string Command => "签到情况";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var followUp = FollowUp().IsMatch(text);
        if ((!Asks().IsMatch(text) && !followUp) || RulesQuestion().IsMatch(text) || IntentText.AsksOwnCheckIn(text))
        {
            return null;
        }

        var slots = new Dictionary<string, string>();
        var named = NamedMeeting.Read(text, input.Now, input.Zone);
        MeetingSlots.Fill(slots, named);

        // "谁请假了", "有没有人请假" with no meeting or occasion named, or about a day still ahead ("下周三的会谁请假了"): the
        // leave asked and granted for the meetings ahead, not the last meeting's attendance (AttendanceSummaryCommand's 请假 view).
        var ahead = named is null || (named.Day is { } day && day > DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(input.Now, input.Zone).DateTime));
        // "那没来的呢", "那请假的呢" after an attendance view: the same view, of the meeting just shown (RecentMeetingPicker).
        var line = !followUp && ahead && WhoAskedLeave().IsMatch(text) && !Occasion().IsMatch(text) ? $"{Command} {AttendanceSummaryCommand.LeaveView}" : Command;
        return new IntentMatch(Command, line, IntentEffect.Read, 0.85, slots);
    }

    [GeneratedRegex(@"(谁|哪些人|哪几个人?|几个人|多少人|几人)(还)?(没有|没|未)(签到|签|到会|到场|来|到|出席)|(谁|哪些人|哪几个人?)(还)?(没有|没|未)请(过)?假(也|又)?(没有|没|未)(签到|到会|到场|来)|(谁|哪些人|哪几个人?|几个人|多少人|几人)(还)?(签到|签了到|到会|到场|出席|缺席|请了?假)|(签到|出勤|到会|出席|缺席)的?(情况|率|统计|名单|人数)|(到了|来了|签到了)(多少|几个)人|(到了|来了|签到了)(多少|几个)(同志)?(了|啊|呀)?$|(谁|哪些人|哪几个人?|几个人)(会)?(来不了|到不了|去不了)|考勤|出勤(怎么样|咋样|如何)|人到齐了?(吗|没)|(几个|多少)(人)?请(了)?假|请假的(人)?(有)?(几个|多少)|^(有没有|有)(人|谁|哪个|同志)(要)?请(了|过)?假(了)?(吗|么|没有|没|啊|呀)?$|请(了)?假的(人|同志)?(都)?(有|是)(谁|哪些人?|哪几个人?)|(都有|还有)(谁|哪些人)请(了)?假|(签到|请假|请了假|到会)了(没有|没|吗|么)$|(签到|到会)(没有|没)$|(缺席|没来|没到|未到|没签到|没签|未签到)的(人|同志)?(都)?(有|是)?(谁|哪些人?|哪几个人?|几个人?)|^(看看|看下|看一下|查查|查一下|查看)(上次|这次|本次|昨天|今天|上周|这周)?的?(党员大会|支委会|党小组会|党课|主题党日|会|会议)的?(出勤|考勤|签到)$|(签到|出勤|考勤)的?(情况|名单)?(我|给我|让我)?(看看|看下|看一下|查查|查一下)$")]
    private static partial Regex Asks();

    /// <summary>
    /// "那没来的呢", "缺席的都有谁", "那请假的呢" said right after: who did not come, or (elliptically, with 呢) who was on leave
    /// there. "请假的都有谁" on its own asks for the leave ahead, as before.
    /// </summary>
    [GeneratedRegex(@"^还?(没来|没到|没签到|没签|未到|未签到|缺席)的(人|同志)?(呢|有谁|都有谁|是谁|都是谁)$|^请(了)?假的(人|同志)?呢$")]
    private static partial Regex FollowUp();

    /// <summary>Leave asked, and nothing about signing in ("谁还没请假也没签到" is the attendance).</summary>
    [GeneratedRegex(@"^(?!.*(签|到会|到场|缺席|没来|出席|出勤)).*(?<!没|没有|未|不)请(了|过)?假")]
    private static partial Regex WhoAskedLeave();

    /// <summary>"上次谁请假了", "刚才的会谁请假了": one meeting's attendance, not the leave ahead.</summary>
    [GeneratedRegex(@"上次|上回|这次|本次|刚才|刚刚|那次|昨天|今天|今晚|会上")]
    private static partial Regex Occasion();

    /// <summary>
    /// "支委会要有多少人到会才能开", "过半数是按实到会人数算吗", "请了假的人要不要算进应到会人数" ask a rule, not today's
    /// attendance.
    /// </summary>
    [GeneratedRegex(@"才能|才可以|规定|应该|要求|必须|一般|算吗|按实到|半数|选举|表决|有效|算进|算入|计入|不计|算不算|不算")]
    private static partial Regex RulesQuestion();
}
