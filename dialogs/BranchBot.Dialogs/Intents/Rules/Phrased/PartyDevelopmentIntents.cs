using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"李四现在到哪一步了", "赵六啥时候能转正", "看看李四的发展材料": 发展党员 (a person's file; 我的入党进度 is one's own).</summary>
public sealed partial class DevelopmentFileIntent : PhrasedCommandIntent
{
    public override string Command => "发展党员";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"^(?!.*我)(?=.*[\u4e00-\u9fa5]{2,3}(现在|目前)?(到|走到)(了)?(哪一步|哪步|哪个阶段))|^(?!.*我).*(什么时候|啥时候|多久)(能|可以)(转正|入党)|^(?!.*我).*的(发展|入党)(材料|档案)")]
    private static partial Regex Pattern();
}

/// <summary>"所有入党积极分子和发展对象列一下", "发展党员哪些步骤超期了": 发展党员台账.</summary>
public sealed partial class DevelopmentLedgerIntent : PhrasedCommandIntent
{
    public override string Command => "发展党员台账";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"积极分子.{0,10}(列一下|列出来|名单|都有谁|有哪些|有几个)|发展(党员)?.{0,6}(超期|逾期|过期|超时)|发展党员台账|入党台账|(发展对象|积极分子)(现在|目前|一共|总共|还)?(有)?(几个|多少|哪些|几名)(人)?$")]
    private static partial Regex Pattern();
}

/// <summary>"孙强昨天递交了入党申请", "帮我登记一下周杰的入党申请书": 入党申请 (opens the file; the command asks what is missing).</summary>
public sealed partial class MembershipApplicationIntent : PhrasedCommandIntent
{
    public override string Command => "入党申请";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool RecordsWhatHappened => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(递交|交|提交|交上)(来)?了(一份)?入党申请|入党申请(书)?.{0,6}(收到|交上来)|登记.{0,8}入党申请")]
    private static partial Regex Pattern();
}

/// <summary>"李四 确定为积极分子 11月20日", "李四的培养联系人定为陈静": 记录 (a step in a file, guided).</summary>
public sealed partial class DevelopmentStepIntent : PhrasedCommandIntent
{
    public override string Command => "记录";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool RecordsWhatHappened => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(确定|列|定)为(入党)?积极分子|培养联系人(定为|定成|是|为)|(确定|列|定)为发展对象|入党介绍人(定为|是)(?!谁)")]
    private static partial Regex Pattern();
}

/// <summary>"我入党的进度", "看看我自己的入党流程走到哪了": 我的入党进度.</summary>
public sealed partial class OwnDevelopmentIntent : PhrasedCommandIntent
{
    /// <summary>"我的入党流程走到哪了" asks where one's own file stands, not how the process goes.</summary>
    protected override string ForRulesCheck(string text) => text.Replace("流程", string.Empty, StringComparison.Ordinal);

    public override string Command => "我的入党进度";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"我(的|自己的?)?(入党|申请入党)的?(进度|流程|事情|事|申请).{0,6}(到|走到)?(哪|几|什么)?|我的?入党进度")]
    private static partial Regex Pattern();
}
