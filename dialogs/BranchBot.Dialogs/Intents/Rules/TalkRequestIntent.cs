using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我想找书记谈谈心", "给陈静约个谈心", "约刘洋周四下午谈谈", "约谈 王芳": explains what 谈心谈话 is and offers to tell the 书记 (约谈心), or to start 谈心 here.
/// </summary>
public sealed partial class TalkRequestIntent : IIntentRule
{
    public string Command => TalkRequestCommand.Keyword;

    /// <summary>
    /// "聊聊最近工作上的困难", "谈一谈思想上的事": what the talk is about, which the 谈心 conversation asks. A sentence that
    /// also asks the 书记 for a time ("…你看什么时候方便", "书记有空的话想约您聊聊") asks to meet, whatever it is about.
    /// </summary>
    public static bool SaysWhatAbout(string text) => Topic().IsMatch(text) && !AsksForATime().IsMatch(text);

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (text.StartsWith(Command, StringComparison.Ordinal))
        {
            return await TypedAsync(text[Command.Length..].Trim(' ', ':', '：'), input, cancellationToken);
        }

        // "让王芳明天跟我谈谈心": the member the 书记 wants to talk with, summoned.
        // "书记有没有空和我聊聊": the 书记 asked to talk with the speaker.
        var match = Summoned().Match(text) is { Success: true } summoned ? summoned
            : Pattern().Match(text) is { Success: true } asked ? asked
            : SecretaryWithMe().Match(text);
        if (!match.Success || IntentText.AsksAboutRules(text) || NotARequest().IsMatch(text))
        {
            return null;
        }

        var said = match.Groups["who"].Value;
        // "书记您有空吗，想找您谈谈心", "书记我想找你聊聊": 您 or 你 is the 书记 the message addresses.
        var who = said is "您" or "你" && input.Text.Contains("书记", StringComparison.Ordinal) ? "书记"
            : IsPronoun(said) ? await AntecedentAsync(text, match.Index, input, cancellationToken)
            : said;
        if (who is null)
        {
            // "我想找她谈谈心你帮我约一下" with no one named: asked back, never sent to the 书记 by default. "党员家里出了事
            // 支部要找他聊聊吗" asks about the practice, not for a talk.
            if (IntentText.IsYesNoQuestion(text) || !OwnWish().IsMatch(text))
            {
                return null;
            }

            return new IntentMatch(Command, $"帮助 {Command}", IntentEffect.Write, 0.85, new Dictionary<string, string>())
            {
                Explanation = TalkTexts.WhichPerson(said),
                ButtonTitle = TalkTexts.HowToRequest,
            };
        }

        var name = who is "书记" or "支部书记" ? null : await input.MemberNamedAsync(who, cancellationToken);
        if (name is null && who is not ("书记" or "支部书记"))
        {
            return null;
        }

        // "王芳最近压力挺大 我想找她聊聊": a worry about another member is why the speaker wants to talk with them, not
        // what the speaker would tell the 书记 in 谈心.
        if (name is null && SaysWhatAbout(text))
        {
            return null;
        }

        var target = name ?? "书记";
        var line = name is null ? Command : $"{Command} {name}";
        return new IntentMatch(Command, line, IntentEffect.Write, 0.85, new Dictionary<string, string> { [IntentSlots.Name] = target })
        {
            Explanation = TalkTexts.TalkRequestOffer(target),
            ButtonTitle = TalkTexts.TellTarget(target),
            OtherButtons = [(FeedbackCommand.Keyword, FeedbackCommand.Keyword)],
        };
    }

    private static bool IsPronoun(string who) => who is "他" or "她" or "他老人家";

    /// <summary>
    /// Who 他/她 stands for: the member or the 书记 named last before it ("书记最近有空吗 想跟他聊聊", "王芳最近状态
    /// 不好 帮我约她谈谈"), else one named after it; null when the message names no one.
    /// </summary>
    private static async ValueTask<string?> AntecedentAsync(string text, int pronounAt, IntentInput input, CancellationToken cancellationToken)
    {
        var before = text[..pronounAt];
        var names = await input.MemberNamesAsync(cancellationToken);
        var mentions = names.Select(name => (Who: name, At: before.LastIndexOf(name, StringComparison.Ordinal)))
            .Append((Who: "书记", At: before.LastIndexOf("书记", StringComparison.Ordinal)))
            .Where(m => m.At >= 0)
            .OrderByDescending(m => m.At).ThenByDescending(m => m.Who.Length)
            .ToList();
        if (mentions.Count > 0)
        {
            return mentions[0].Who;
        }

        var after = text[pronounAt..];
        return names.Where(name => after.Contains(name, StringComparison.Ordinal)).OrderByDescending(name => name.Length).FirstOrDefault()
            ?? (after.Contains("书记", StringComparison.Ordinal) ? "书记" : null);
    }

    /// <summary>"约谈心 陈静": the member asked for by name; a name not on the roster is left to the command to ask.</summary>
    private async ValueTask<IntentMatch> TypedAsync(string who, IntentInput input, CancellationToken cancellationToken)
    {
        var slots = new SlotReading();
        if (who is "书记" or "支部书记")
        {
            slots.Certain(IntentSlots.Name, "书记");
        }
        else if (who.Length > 0)
        {
            var name = await input.MemberNamedAsync(who, cancellationToken);
            slots.Put(IntentSlots.Name, name ?? who, name == who);
        }

        return slots.Match(Command, input.Clean, IntentEffect.Write, 0.9);
    }

    [GeneratedRegex(@"^(请|帮我|麻烦)?(让|叫|通知)(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?[^，,。]{0,6}?(跟|和|找|来找)(我|书记)(谈谈心|谈心|聊聊|谈谈|谈一谈|谈一下|谈话)")]
    private static partial Regex Summoned();

    [GeneratedRegex(@"(?<who>支部书记|书记)[^，,。]{0,8}?(和|跟|同|陪)我(一起)?(谈谈心|谈心|聊聊|谈谈|聊一聊|谈一谈|谈一下|聊一下|说说话|唠唠)")]
    private static partial Regex SecretaryWithMe();

    /// <summary>What the talk is about: a field of the 谈心 questions, or a worry or feeling told ("压力大", "老人病了").</summary>
    [GeneratedRegex(@"困难|思想|工作|学习|生活|家里|心事|问题|想法|事情|的事|压力|焦虑|(?<!麻)烦|累|病|睡不|心情|情绪|孩子|老人|父母|身体|委屈|苦恼|迷茫|困惑|郁闷|难受|不开心|心里(?!话)")]
    private static partial Regex Topic();

    /// <summary>A talk already held (记录谈心) or the year's plan is another command; "还没正式谈过" is a reason to ask for one.</summary>
    [GeneratedRegex(@"记录|登记|记一下|(?<!没[\u4e00-\u9fa5]{0,6})谈过|谈了|安排|情况|谁跟谁")]
    private static partial Regex NotARequest();

    [GeneratedRegex(@"(找|跟|和|与|同|约|请)(?<who>支部书记|书记|您|你|他老人家|他|她|[\u4e00-\u9fa5]{2,4}?)(同志|委员)?(一起|约个时间|约时间|约一下|约个|找个时间|抽个时间|抽空|有空|当面|单独|私下|好好|面对面){0,2}(谈谈心|谈心|聊聊|谈谈|聊一聊|谈一谈|谈一下|聊一下|谈话|谈(一|两)?(个|次)心|说说话|说说心里话|唠唠|唠一唠|唠嗑|拉拉呱|拉呱)|(给|替)(?<who>他|她|[\u4e00-\u9fa5]{2,4}?)(同志)?(约|预约)(个|一个|一次|下)?(时间)?(谈谈心|谈心|谈话)|约(?<who>他|她|[\u4e00-\u9fa5]{2,4}?)(同志|委员)?(今天|明天|后天|这周|下周|本周)?((周|星期|礼拜)[一二三四五六日天])?(上午|下午|晚上|中午)?(谈谈心|谈心|聊聊|谈谈|谈一谈|谈一下|谈话)|^约谈\s*(?<who>[\u4e00-\u9fa5]{2,4})$")]
    private static partial Regex Pattern();

    /// <summary>The speaker asking for the talk themself: "我想找她…", "帮我约他…", "给她约个谈心".</summary>
    [GeneratedRegex(@"我(想|要|打算)|帮我|(给|替)(他|她)约|^(那|那就)?(约|找)(他|她)")]
    private static partial Regex OwnWish();

    /// <summary>
    /// "你看什么时候方便", "想约您聊聊": asking for a time or an appointment. "有空的话想找您谈一谈思想上的事" only opens
    /// politely and stays 谈心 (tester-intents.tsv).
    /// </summary>
    [GeneratedRegex(@"(什么|啥|哪天|哪个)时候?方便|哪天方便|方便的时候|约(个)?时间|找(个)?时间|约(您|你|书记)")]
    private static partial Regex AsksForATime();
}
