using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// Picks an option by what the answer means when it names none: "越快越好", "赶紧发" mean now, "明天早上8点发", "过两个
/// 小时再发", "定个时间" mean later, "别发了", "撤了吧" mean cancel. An option stands for a meaning when its name says it
/// (立即发送 now, 定时发送 later, 取消 cancel), so every choice prompt with such options gains, whatever its wording. A
/// time or a 再 beats a refusal ("先不发，明晚7点再推" is later, not cancel); now and later together pick nothing.
/// A plain yes ("好的", "可以", "没问题") picks the one option that confirms (确认, 确认提交) at a summary.
/// </summary>
public static partial class ChoiceMeanings
{
    private enum Meaning
    {
        Now,
        Later,
        Cancel,
    }

    public static int? Pick(string answer, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (YesNoReader.Read(answer) == true)
        {
            var confirming = Enumerable.Range(0, choices.Count).Where(i => ConfirmOption().IsMatch(choices[i].Value)).ToList();
            if (confirming.Count == 1)
            {
                return confirming[0];
            }
        }

        var meant = Meant(answer);
        if (meant is null)
        {
            return null;
        }

        var options = Enumerable.Range(0, choices.Count).Where(i => Stands(choices[i].Value) == meant).ToList();
        return options.Count == 1 ? options[0] : null;
    }

    private static Meaning? Meant(string answer)
    {
        var later = Later().IsMatch(answer);
        var now = Now().IsMatch(answer);
        var cancel = Cancel().IsMatch(answer);
        return (now, later, cancel) switch
        {
            (true, true, _) => null,
            (_, true, _) => Meaning.Later,
            (_, _, true) => Meaning.Cancel,
            (true, _, _) => Meaning.Now,
            _ => null,
        };
    }

    private static Meaning? Stands(string option) =>
        NowOption().IsMatch(option) ? Meaning.Now : LaterOption().IsMatch(option) ? Meaning.Later : CancelOption().IsMatch(option) ? Meaning.Cancel : null;

    [GeneratedRegex(@"^(确认|确定)(提交|无误|发送)?$")]
    private static partial Regex ConfirmOption();

    [GeneratedRegex(@"立即|马上|现在发|立刻")]
    private static partial Regex NowOption();

    [GeneratedRegex(@"定时|稍后|晚点|预约")]
    private static partial Regex LaterOption();

    [GeneratedRegex(@"^(取消|放弃|不发)")]
    private static partial Regex CancelOption();

    [GeneratedRegex(@"马上|现在|立刻|立即|即时|即刻|立马|赶紧|赶快|尽快|尽早|越快越好|直接|这就|当下|此刻|\bnow\b|asap")]
    private static partial Regex Now();

    [GeneratedRegex(@"\blater\b|晚点|晚些|晚一点|稍后|过会|过一会|等会|回头|再发|再推|再通知|再群发|定个时间|定时|挑个时间|找个时间|约个时间|选个时间|到时候|明天|明早|明晚|后天|今晚|今天晚上|今天下午|上午|下午|中午|晚上|早上|傍晚|周[一二三四五六日天末]|星期[一二三四五六日天]|\d+\s*[点:：]|[一二三四五六七八九十两]+点|\d+月\d+|\d+[号日]|小时后|分钟后|个小时|下班")]
    private static partial Regex Later();

    [GeneratedRegex(@"不发|别发|不要了|算了|取消|撤|放弃|不用发|不推|别推|不群发|\bcancel\b")]
    private static partial Regex Cancel();
}
