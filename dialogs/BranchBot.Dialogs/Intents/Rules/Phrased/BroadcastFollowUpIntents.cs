using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"广播3谁没收到", "第2条通知谁还没回执", "看一下广播5的回复": 广播详情 of that broadcast.</summary>
public sealed partial class BroadcastDetailIntent : PhrasedCommandIntent
{
    public override string Command => "广播详情";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override bool TakesNumber => true;

    /// <summary>A broadcast's number named: surer than the member's own 我的通知.</summary>
    protected override double Confidence => 0.95;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(广播|通知)\d+.{0,6}(谁|哪些人|哪几个人?)(还)?(没|未)(有)?(收到|回执|看|读|回复)|第\d+(条|个)(广播|通知).{0,8}(谁|哪些人|回执|回复)|(广播|通知)\d+的?(回复|回执|详情|送达)")]
    private static partial Regex Pattern();
}

/// <summary>
/// "广播4 撤回来", "刚才广播发错了收回来", "那个定时的通知不发了撤了吧", "通知里的地点写错了赶紧撤下来", "那这条也撤了": 撤回
/// (the picker asks which when no number is given).
/// </summary>
public sealed partial class WithdrawIntent : PhrasedCommandIntent
{
    public override string Command => "撤回";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(广播|通知)\d*.{0,12}(撤回|撤了|撤掉|撤下|收回)|(撤|收)回来|^(把)?(这个|这条|那条|那个|刚才那条|刚才那个|刚发的那条)(也)?(撤了|撤掉|撤回|撤下来?)(吧|了)?$|^(撤了|撤掉)(刚才|刚发)?的?(那条|那个)(通知|广播)?$")]
    private static partial Regex Pattern();
}

/// <summary>"广播3没送到的再发一遍", "发送失败的那几个人重新发", "补发一下广播2": 补发.</summary>
public sealed partial class ResendIntent : PhrasedCommandIntent
{
    public override string Command => "补发";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(没|未)(有)?(送到|送达|收到|发到|发出去)的.{0,6}(再|重新)(发|送)|失败的.{0,8}(再|重新)(发|送)|补发(?!的|和|跟|与)")]
    private static partial Regex Pattern();
}

/// <summary>"每月自动发的那些通知有哪些", "看看定期发的广播", "哪些通知是每个月固定发的": 定期广播.</summary>
public sealed partial class BroadcastPlansIntent : PhrasedCommandIntent
{
    protected override string ForRulesCheck(string text) => RhythmWords().Replace(text, string.Empty);

    public override string Command => "定期广播";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"^(看看|看下|查看|查一下)?定期广播(列表)?$|(定期|每个?月|每周|每季度?|固定|自动){1,2}(发|发送|推送)的(那些)?(广播|通知)|(哪些|什么|几个)(通知|广播)是(每个?月|定期|固定|自动)|定期广播(?!\d)")]
    private static partial Regex Pattern();
}

/// <summary>"每月交党费那个提醒不用再发了 停掉", "定期广播1 停了吧": 停止定期广播.</summary>
public sealed partial class StopBroadcastPlanIntent : PhrasedCommandIntent
{
    protected override string ForRulesCheck(string text) => RhythmWords().Replace(text, string.Empty);

    public override string Command => "停止定期广播";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(停止|停掉|停了|取消|不用再发|不要再发|别再发).{0,6}定期的?(广播|通知)|定期的?(广播|通知)\d*.{0,4}(停|取消|不发)|(提醒|通知|广播).{0,6}(不用|不要|别)再发了?.{0,3}(停|取消)")]
    private static partial Regex Pattern();
}
