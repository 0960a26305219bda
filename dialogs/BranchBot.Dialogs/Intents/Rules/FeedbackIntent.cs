using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我想谈心", "想和支部聊聊", "想跟书记聊聊最近工作上的困难", "能约个谈心吗": 谈心, the member's own conversation with
/// the branch (it asks about 思想、工作、生活 one question at a time; nothing is sent before its 确认提交). A wish to talk
/// that says what about goes here; a bare wish to meet someone is 约谈心.
/// </summary>
public sealed partial class FeedbackIntent : IIntentRule
{
    public string Command => FeedbackCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var plain = Plain().IsMatch(text);
        var wish = plain || (Wish().IsMatch(text) && Talk().IsMatch(text) && (TalkRequestIntent.SaysWhatAbout(text) || (!Someone().IsMatch(text) && WithTheBranch().IsMatch(text))));
        var askedOfOthers = IntentText.IsYesNoQuestion(text) && !AskingToTalk().IsMatch(text);
        // "想找人聊聊": with nobody in particular, only likely.
        return wish && !askedOfOthers && (plain || !NotOwnTalk().IsMatch(text)) && !IntentText.AsksAboutRules(text)
            ? new IntentMatch(Command, CommandLine(input.Text), IntentEffect.Previewed, Anybody().IsMatch(text) ? 0.6 : 0.85, new Dictionary<string, string>())
            : null;
    }

    /// <summary>"谈心 最近工作压力大，家里老人也病了": what the member already said goes with it, as the first answer.</summary>
    private string CommandLine(string typed)
    {
        var said = TalkContent.Of(typed);
        return said is null ? Command : $"{Command} {said.Replace(' ', '，')}";
    }

    [GeneratedRegex(@"找(个)?人(聊|谈|说)")]
    private static partial Regex Anybody();

    /// <summary>
    /// "我想谈心", "想和支部聊聊", "开始谈心", "我来填一下谈心", "做个谈心", "跟你说说最近的思想和工作情况". A bare "想聊聊" names neither the branch
    /// nor what about: only likely (VagueIntent asks).
    /// </summary>
    [GeneratedRegex(@"^(我)?((想|要|希望|打算)(和|跟|同)?((支部|组织)(聊聊|聊一聊|谈一谈)|谈谈心|谈心|说说心里话|聊聊近况)|(开始|我要|现在)谈心)(吧)?$|^(我)?(想|要)?(跟你|和你|给你|向你|跟支部|向支部|向组织)(说说|聊聊|谈谈|汇报(一下)?)(我)?(最近|近期|近来|这段时间)?的?(思想|工作|学习|生活)|^(我)?(想|要)(说说|聊聊|谈谈|汇报(一下)?)(我)?(最近|近期|近来|这段时间)?的?(思想|工作|学习|生活)|^(填|继续|接着)(一下)?.{0,6}谈心(继续)?(吧)?$|^(我)?(来|要|想)?(填|写|做)(一下|下)?(个|一个|一次|一份)?谈心(谈话)?(表)?(吧)?$|^(开始|我要|现在)谈心谈话(吧)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"想|要|希望|打算|进行|申请|约(个|一下|一次)?谈心|^(能|可以|可不可以)")]
    private static partial Regex Wish();

    [GeneratedRegex(@"谈谈心|谈心|谈一谈|谈一下|聊聊|聊一聊|聊一下|谈谈|说说心里话|谈个心")]
    private static partial Regex Talk();

    /// <summary>"想聊聊" alone says neither with whom nor what about; 谈心 or the branch named does.</summary>
    [GeneratedRegex(@"谈心|心里话|支部|组织")]
    private static partial Regex WithTheBranch();

    /// <summary>A person named as the other side (书记, 您, a name after 找/跟/和/约).</summary>
    [GeneratedRegex(@"(找|跟|和|与|同|约|请)(?!支部(?!书记)|组织)(支部书记|书记|您|[\u4e00-\u9fa5]{2,3}(同志)?)(一起)?(谈|聊|说)")]
    private static partial Regex Someone();

    /// <summary>"能约个谈心吗": a question that asks to talk, unlike "支部要找他聊聊吗".</summary>
    [GeneratedRegex(@"^(我)?(能|可以|可不可以|能不能)")]
    private static partial Regex AskingToTalk();

    /// <summary>
    /// Recording, planning or checking talks, or someone else's, is another command; so is asking who wants a talk with
    /// the speaker ("谁想找我谈心", "有人约我谈心吗"): the 书记 asking that is not starting a 谈心 of their own. "…你帮我约一下"
    /// asks the bot to arrange a talk with someone (约谈心), whatever it says the talk is about.
    /// </summary>
    [GeneratedRegex(@"他|她|别人|党员|记录|登记|记一下|谈过|谈了|安排|计划|情况|完成|谁|有人|(找|约)我(谈|聊)|多少|几次|进度|统计|匿名|建议|(帮|给|替)我约|你约一下")]
    private static partial Regex NotOwnTalk();
}
