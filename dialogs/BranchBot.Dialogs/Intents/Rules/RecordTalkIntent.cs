using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "记一下，今天和王芳谈了心", "我跟刘洋谈过心了，帮我登记一下": 记录谈心 with the member; the record's own summary and
/// 确认 follow.
/// </summary>
public sealed partial class RecordTalkIntent : IIntentRule
{
    public string Command => "记录谈心";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var held = Held().Match(text);
        if ((!held.Success && !Recording().IsMatch(text)) || IntentText.AsksAboutRules(text) || IntentText.IsYesNoQuestion(text) || Others().IsMatch(text))
        {
            return null;
        }

        var name = await input.MemberNamedAsync(text, cancellationToken);
        var typed = held.Success ? held.Groups["who"].Value : null;
        var who = name ?? (typed is { Length: > 0 } && typed is not ("书记" or "支部") ? typed : null);
        var slots = new Dictionary<string, string>();
        if (who is not null)
        {
            slots[IntentSlots.Name] = who;
        }

        // "跟刘洋聊了一会儿" may be just a chat: without 谈心/谈话 or a word of recording, only likely.
        var confidence = name is not null && (Recording().IsMatch(text) || TalkWord().IsMatch(text)) ? 0.85 : 0.6;
        return new IntentMatch(Command, who is null ? Command : $"{Command} {who}", IntentEffect.Previewed, confidence, slots);
    }

    /// <summary>A talk that took place: "和王芳谈了心", "跟刘洋谈过", "找陈静聊过了"; "还没跟他谈过" is none.</summary>
    [GeneratedRegex(@"(?<!没|没有|未|不曾)(和|跟|与|同|找)(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?(谈了|谈过|聊了|聊过|谈完|聊完|进行了|做了)")]
    private static partial Regex Held();

    [GeneratedRegex(@"谈心|谈话|谈了|谈过|谈完|记|登记|录")]
    private static partial Regex TalkWord();

    [GeneratedRegex(@"^谈心记录[:：]\s*[\u4e00-\u9fa5]{2,3}[,，].*(聊了|谈了|谈的|聊的|谈到|聊到|说了)|补(一条|一个|个|条)?.{0,4}(谈心|谈话)|(记录|登记|记一下|记下|录入)(一下)?.{0,8}(谈心|谈话)|(谈心|谈话).{0,6}(记录一下|登记一下|记一下|录一下)|^(?!.*(说|讲)(她|他|自己)).*(聊了聊|谈了谈|聊了|谈了|聊过|谈过).{0,40}(帮我|给我)?(记一笔|记上|记下来|记下|记一下|登记一下)$")]
    /// <remarks>
    /// "昨天跟陈静聊了挺久…你帮我记上": a talk told and then asked to be recorded is the sender's own; "王芳说她找你谈过心了 让你记一下"
    /// passes on what a member said and is asked, not recorded.
    /// </remarks>
    private static partial Regex Recording();

    /// <summary>Reading records (谈心记录), the plan or the coverage is another command.</summary>
    [GeneratedRegex(@"查|看|哪些|谁|安排|情况|匿名")]
    private static partial Regex Others();
}
