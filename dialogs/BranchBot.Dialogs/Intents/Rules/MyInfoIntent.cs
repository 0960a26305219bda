using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我是什么角色", "我在哪个党小组", who holds an office ("我们书记是谁", "党小组长是谁", "支委都有谁"), and one's own record
/// ("我的党龄多少年了", "我转正了没有", "我什么时候转正的", which 我的信息 says the branch's 党员档案 holds): 我的信息. How an office is filled
/// ("书记是谁选的") or how 党龄 is counted ("我的党龄从什么时候算") stays with the knowledge base.
/// </summary>
public sealed partial class MyInfoIntent : IIntentRule
{
    public string Command => "我的信息";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pattern().IsMatch(text) || OfficeHolder().IsMatch(text) || (OwnRecord().IsMatch(text) && !RulesQuestion().IsMatch(text))
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"^(我|查一下我|看看我)(现在)?(是|的)(什么|啥)?(角色|职务|身份)|^(请问|问一下|想问一下|问下)?我(在|属于|是)(哪个|哪一个|什么|第几)(党小组|小组|组|支部)|^(查看|看看|查一下|看下|看一下)?我的(个人|党员)?(信息|资料|档案|角色|职务|身份|党小组)|^(查看|看看|查一下)?个人信息")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(请问|问一下|想问一下|问下)?(我们|咱们|俺们|本)?(支部|党支部|党小组|小组|组)?的?" + Offices + @"(是|叫)(谁|哪位|哪个|什么名字|啥名字)(?!选|定|任|批|产生|决定|担任|当|来|负责)|^谁是(我们|咱们)?(支部|党支部|党小组|小组)?的?" + Offices + @"|^(我们|咱们)?(支部|党支部)?的?(支委|支部委员|委员|支委会)(都)?有(谁|哪些人|哪几个人?|哪几位)")]
    private static partial Regex OfficeHolder();

    private const string Offices = "(书记|支部书记|副书记|组织委员|宣传委员|纪检委员|支委|支部委员|党小组长|小组长|组长)";

    [GeneratedRegex(@"^我的?(党龄|入党时间|入党日期)|^我(是)?(什么时候|哪年|哪一年|几几年|啥时候)入的?党|^我入党(几|多少|有几)年|^我(转正|转成正式党员)了(没有|没|吗|么)|^我(是)?(什么时候|哪年|哪一年|几几年|啥时候|哪天)(转的正|转正的|转为正式党员的|成为正式党员的|成为预备党员的)|^我的组织关系(现在)?(在|放在|挂在)(哪|哪里|哪儿)")]
    private static partial Regex OwnRecord();

    [GeneratedRegex(@"算|计算|规定|怎么|应该|要求|条件|为什么|为啥|区别|差|不一样|能不能|可以")]
    private static partial Regex RulesQuestion();
}
