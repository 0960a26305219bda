using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"请假不请了", "把我的请假撤回", "不用请假了，我能去": 撤销请假, offered with its button.</summary>
public sealed class WithdrawLeaveIntent : PhrasedCommandIntent
{
    public override string Command => "撤销请假";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override Regex Phrases => LeaveWithdrawalWords.Pattern;

    /// <summary>
    /// Always asked back: "我不请假了" may take back a request already made or only say that none will be made, and the
    /// offer's button says which meeting's leave goes.
    /// </summary>
    protected override double Confidence => 0.75;
}
