using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>
/// A command that free sentences ask for in a few set ways and that carries at most a number ("广播3谁没收到" → 广播详情 3,
/// "必访1 已完成" → 完成必访 1): the rarer commands of the README, which before were read only by their exact name. A
/// question about the command (how it works, who sees it, whether it can) is left to the knowledge base; a sentence that
/// only talks about it (a report, hearsay, something held back or put off) is asked back, never run.
/// </summary>
public abstract partial class PhrasedCommandIntent : IIntentRule
{
    public abstract string Command { get; }

    /// <summary>Only the phrasings: a typed command's arguments are read by the command itself.</summary>
    public bool ReadsArguments => false;

    /// <summary>What running it does; a write still passes <see cref="WriteGuard"/>.</summary>
    protected abstract IntentEffect Effect { get; }

    /// <summary>The ways a sentence asks for the command, matched on the sentence with the spaces between words taken out.</summary>
    protected abstract Regex Phrases { get; }

    /// <summary>Whether the command takes the number the sentence gives (a broadcast's or a task's).</summary>
    protected virtual bool TakesNumber => false;

    /// <summary>Whether telling of something done is itself the request ("孙强昨天递交了入党申请" is recorded).</summary>
    protected virtual bool RecordsWhatHappened => false;

    /// <summary>How sure a sentence that asks for it now is.</summary>
    protected virtual double Confidence => 0.85;

    /// <summary>
    /// The sentence as the check for a rules question sees it: a command about rhythms ("每个月固定开的会") or a process
    /// ("我的入党流程") takes out the words that would otherwise make it a question about the rules.
    /// </summary>
    protected virtual string ForRulesCheck(string text) => text;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = SpaceBetweenWords().Replace(input.Clean, string.Empty);
        if (!Phrases.IsMatch(text) || IntentText.AsksAboutRules(ForRulesCheck(text)) || (IntentText.IsYesNoQuestion(text) && !AsksForNewOnes().IsMatch(text)) || AboutIt().IsMatch(text))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        var number = TakesNumber ? Number().Match(text) : Match.Empty;
        var line = number.Success ? $"{Command} {number.Value}" : Command;
        // A command that only shows something may be asked for as a question or for someone else ("有没有人提匿名意见",
        // "王芳报了交党费 帮她确认"); only a report of it done says it is not wanted now.
        var talks = HeldBack().IsMatch(text) || PutOff().IsMatch(text) || Hearsay().IsMatch(text)
            || (!RecordsWhatHappened && (Effect == IntentEffect.Read ? Reported().IsMatch(text) : RequestMood.TalksAbout(text, Command)));
        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(Command, line, Effect, talks ? 0.6 : Confidence, new Dictionary<string, string>()));
    }

    /// <summary>"匿名建议有新的吗": whether there is anything new asks to see it, not a yes or a no.</summary>
    [GeneratedRegex(@"有(没有)?新的?[\u4e00-\u9fa5]{0,4}(吗|么|没有?)?$")]
    private static partial Regex AsksForNewOnes();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5\d])\s+|\s+(?=[\u4e00-\u9fa5\d])")]
    private static partial Regex SpaceBetweenWords();

    /// <summary>A broadcast's, a task's or a plan's number: digits that are no month, day, hour or amount.</summary>
    [GeneratedRegex(@"(?<![\d.])\d{1,4}(?![\d.:月日号点时分元块个])")]
    private static partial Regex Number();

    /// <summary>
    /// "谈心记录别人能不能看见", "这个能撤回吗", "党费台账谁负责记": who sees it, who does it or whether it can be done asks
    /// about the command.
    /// </summary>
    [GeneratedRegex(@"(能不能|会不会|可不可以)(看|查|恢复|撤)|谁(能|可以|会)(看|查)|(能|会)被?(看到|看见|看得到|查到)|是(干嘛|干啥|做什么)(用)?的|给谁看|谁看的|谁(来)?(定|负责|管|记|批)|有(什么|啥)用|区别")]
    private static partial Regex AboutIt();

    /// <summary>"先别停定期广播", "必访先别标完成": held back.</summary>
    [GeneratedRegex(@"(先|暂时|暂且|还)(别|不要|甭|不)|^(别|不要|甭)")]
    private static partial Regex HeldBack();

    /// <summary>"定期安排那个我再考虑一下", "陈静问的问题我明天再答": put off.</summary>
    [GeneratedRegex(@"再(考虑|想想|看看|说|商量)|(明天|回头|改天|以后|过两天|晚点|晚些)再")]
    private static partial Regex PutOff();

    /// <summary>"刘洋建议把定期的党课停了", "李四说他想入党": what someone else said or wants.</summary>
    [GeneratedRegex(@"^(?!匿名|大家|有人|我)[\u4e00-\u9fa5]{2,3}(说|建议|提议|反映|希望)")]
    private static partial Regex Hearsay();

    /// <summary>"党费台账我上个月已经对过了": something already done.</summary>
    [GeneratedRegex(@"(已经|早就|早已).{0,8}(过|了)|(对|整理|看|查|改|发|停|删)过了?$|后来|(上周|上个月|上次|上回|昨天|前天).{0,8}了")]
    private static partial Regex Reported();

    /// <summary>Rhythm words ("每个月", "每季度") that name a recurring plan rather than ask about a rule.</summary>
    [GeneratedRegex(@"每个?月|每季度?|每周|每年|每星期")]
    protected static partial Regex RhythmWords();
}
