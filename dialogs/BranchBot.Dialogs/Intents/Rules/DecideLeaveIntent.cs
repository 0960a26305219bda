using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "陈静的假批了", "同意王芳请假", "同意请假 7", "刘洋的请假不批，这次会很重要": 批准请假 or 不批准请假 for the member
/// named (the command finds their pending leave by name) or the request's 编号, with the words after the decision as the
/// 审批意见; offered as a button, since the decision is sent at once. A refusal word wins over the approval inside it
/// ("不批准" is never 批准). Only for those who may decide, and only with a member on the roster (not the sender) or a
/// number.
/// </summary>
public sealed partial class DecideLeaveIntent : IIntentRule
{
    public string Command => "批准请假";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (input.Sender is not { } sender || !ArrangeCommand.MayArrange(sender) || Leave().Match(text) is not { Success: true } leave)
        {
            return null;
        }

        var refused = Refused().Match(text);
        var decision = refused.Success ? refused : Approved().Match(text);
        if (!decision.Success || RequestForApproval().IsMatch(text))
        {
            return null;
        }

        var command = refused.Success ? "不批准请假" : "批准请假";
        var slots = new Dictionary<string, string>();
        int whoEnd;
        string who;
        if (Number().Match(text) is { Success: true } number)
        {
            who = number.Groups["n"].Value;
            whoEnd = number.Index + number.Length;
        }
        else if (await input.MemberNamedAsync(text, cancellationToken) is { } name && name != sender.Member?.Name)
        {
            who = name;
            whoEnd = text.IndexOf(name, StringComparison.Ordinal) + name.Length;
            slots[IntentSlots.Name] = name;
        }
        else
        {
            return null;
        }

        var after = Math.Max(whoEnd, Math.Max(leave.Index + leave.Length, decision.Index + decision.Length));
        var comment = Filler().Replace(text[after..], string.Empty).Trim(' ', ',', '，', ':', '：', '。', '、');
        var line = IntentText.Squeeze($"{command} {who} {comment}");
        return new IntentMatch(command, line, IntentEffect.Write, 0.85, slots);
    }

    // "那把陈静的也批了" (after the pending leave was shown), "刘洋的家批了" (家 typed for 假): what a member has that the
    // committee 批s with no other word for it is their leave.
    // "那王芳的也准了", "那刘洋的也驳回": so is what is approved or refused. "批 王芳", "陈静 批": a decision word and a name alone.
    [GeneratedRegex(@"请假|(?<![放休度])假(?!期|日|设)|(?<=[\u4e00-\u9fa5]{2}的)(也|都)?(给)?(?=(批|准|驳回|不批|不准|不同意)(了|吧|喽|掉|一下)*$)|(?<=[\u4e00-\u9fa5]{2}的)家(?=(也|都)?(给)?批)|^(批准?|准了?|驳回|不批准?)\s*[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{2,4}\s*(批准?|准了|驳回|不批准?)(了|吧)?$")]
    private static partial Regex Leave();

    // "就莫批了", "别批了": refused ("先别批" is held back, RequestMood); "假不皮", "假不比了": 批 typed by its sound.
    [GeneratedRegex(@"不批准|不予批准|不批|不准|不同意|驳回|不能批|批不了|拒绝|不通过|(莫|别|甭|不要)批|(?<=假\s?)不[比皮披](了)?$")]
    private static partial Regex Refused();

    [GeneratedRegex(@"批准|批了|批吧|批喽|批一下|批咗|(?<=假\s?)批$|准了|准假|同意|通过|可以批|予以批准|^批\s*(?=[\u4e00-\u9fa5]{2,4}$)|(?<=^[\u4e00-\u9fa5]{2,4}\s*)批$")]
    private static partial Regex Approved();

    /// <summary>A member asking for their own leave to be approved ("请假，望批准") is no decision.</summary>
    [GeneratedRegex(@"(请(?!假)|望|麻烦|劳烦|盼|希望|恳请)[^，,。]{0,4}(批准|批|同意)|请个假|请一下假|请几天假|我(要|想)请假")]
    private static partial Regex RequestForApproval();

    /// <summary>The request's 编号: "请假 7", "7号请假", "编号7"; not a date ("12月2号") or a time.</summary>
    [GeneratedRegex(@"(?<![月\d])(?<n>\d{1,6})(?=号?请假|号?的请假)|(请假|编号)\s*(?<n>\d{1,6})(?![月日号点:\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(了|吧|的事|这事|这个|的申请|申请)+")]
    private static partial Regex Filler();
}
