using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "陈静的假批了", "刘洋的请假不批，这次会很重要": 批准请假 or 不批准请假 for the member named (the command finds their
/// pending leave by name), with the words after as the 审批意见; offered as a button, since the decision is sent at once.
/// Only for those who may decide, and only with a member on the roster.
/// </summary>
public sealed partial class DecideLeaveIntent : IIntentRule
{
    public string Command => "批准请假";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (input.Sender is not { } sender || !ArrangeCommand.MayArrange(sender))
        {
            return null;
        }

        var refused = Refused().Match(text);
        var decision = refused.Success ? refused : Approved().Match(text);
        if (!decision.Success || await input.MemberNamedAsync(decision.Groups["who"].Value, cancellationToken) is not { } name
            || name != decision.Groups["who"].Value || name == sender.Member?.Name)
        {
            return null;
        }

        var command = refused.Success ? "不批准请假" : "批准请假";
        var comment = decision.Groups["comment"].Value.Trim(' ', ',', '，', ':', '：', '。');
        var line = IntentText.Squeeze($"{command} {name} {comment}");
        return new IntentMatch(command, line, IntentEffect.Write, 0.85, new Dictionary<string, string> { [IntentSlots.Name] = name });
    }

    [GeneratedRegex(@"^(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?的?(请假|假)(申请|条)?(就)?(批了|批准了?|准了|同意了?|通过了?|可以批)(吧)?$|^(批准|同意|准)(了)?(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?的(请假|假)(申请)?$")]
    private static partial Regex Approved();

    [GeneratedRegex(@"^(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?的?(请假|假)(申请)?(就)?(不批|不准|不同意|驳回|不予批准|不能批|批不了)(了)?(?<comment>([,，:：].*)?)$|^(不批准|驳回|不同意|不批)(?<who>[\u4e00-\u9fa5]{2,3}?)(同志)?的(请假|假)(申请)?(?<comment>([,，:：].*)?)$")]
    private static partial Regex Refused();
}
