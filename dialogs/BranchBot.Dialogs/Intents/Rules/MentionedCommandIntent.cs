using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// A sentence that names a command in its own words but does not ask for it now: a report of it done ("我昨天已经请过假了",
/// "党课的通知我前天已经发了"), a promise or a plan ("周五支委会我到时候会签到的"), a negation ("这个月党费先不交了"),
/// or someone else's words or request ("刘洋让我跟你说他周五来不了", "帮我爱人请个假"). Only likely: the member is told nothing was done
/// and offered the command and its help, never the command run. Asked last, and only when no other rule read anything.
/// Questions, about the rules or about how a command works, go on to the knowledge base, which answers them from the
/// rules or, when no rule does, asks back about the command they name.
/// </summary>
public sealed partial class MentionedCommandIntent : IIntentRule
{
    private const double Likely = 0.55;
    private const int Longest = 32;

    public string Command => "?";

    public bool IsFallback => true;

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        // A question ("请假了还用签到吗", "广播能撤回吗") goes on to the knowledge base, which answers it from the rules or,
        // when no rule does, asks back about the command it names.
        if (text.Length == 0 || text.Length > Longest || IntentText.AsksAboutRules(text) || Question().IsMatch(text) || RequestMood.EndsAsQuestion(input.Text, text)
            || input.Sender is not { } sender)
        {
            return null;
        }

        var named = Mentions(sender.IsCommittee)
            .Select(m => (m.Command, m.Effect, At: m.Words.Match(text)))
            .Where(m => m.At.Success && (m.Command is not ("取消会议" or "修改会议" or "安排") || Meeting().IsMatch(text)))
            .OrderBy(m => m.At.Index)
            .FirstOrDefault();
        if (named.Command is null)
        {
            return null;
        }

        // "王芳说她十一月党费交了": for the committee, a member's dues said to be paid is about 收党费.
        var command = named.Command == "交党费" && sender.IsCommittee && await input.MemberNamedAsync(text, cancellationToken) is not null ? "收党费" : named.Command;
        if (!RequestMood.TalksAbout(text, command) && !NotOwn().IsMatch(text))
        {
            return null;
        }

        return new IntentMatch(command, command, named.Effect, Likely, new Dictionary<string, string>())
        {
            Explanation = IntentTexts.MentionedOnly(command),
            OtherButtons = [(IntentTexts.HelpOn(command), IntentTexts.HelpOn(command))],
        };
    }

    private static IEnumerable<(string Command, IntentEffect Effect, Regex Words)> Mentions(bool committee)
    {
        if (committee)
        {
            yield return ("批准请假", IntentEffect.Write, LeaveDecided());
        }

        yield return ("请假", IntentEffect.Write, Leave());
        yield return ("签到", IntentEffect.Write, CheckIn());
        yield return ("交党费", IntentEffect.Previewed, Dues());
        yield return ("约谈心", IntentEffect.Write, Talk());
        if (!committee)
        {
            yield break;
        }

        yield return ("记录谈心", IntentEffect.Previewed, TalkHeld());
        yield return ("邀请码", IntentEffect.Write, Invite());
        yield return ("设置角色", IntentEffect.Write, Role());
        yield return ("移除党员", IntentEffect.Previewed, Remove());
        yield return ("添加党员", IntentEffect.Write, Add());
        yield return ("取消会议", IntentEffect.Previewed, Cancel());
        yield return ("修改会议", IntentEffect.Previewed, Change());
        yield return ("安排", IntentEffect.Previewed, Arrange());
        yield return ("广播", IntentEffect.Previewed, Notice());
        yield return ("补录", IntentEffect.Previewed, Minutes());
    }

    /// <summary>"帮我爱人请个假", "张丽华说她…去不了": asked for someone else or passed on, which the readers leave alone.</summary>
    [GeneratedRegex(@"全体|所有人|所有的|每个人|大家的|(帮|替|给|代)(我)?(爱人|老婆|老公|媳妇|家属|同事|他|她|[\u4e00-\u9fa5]{2,3}?)(都)?(请|签|交|约)|[\u4e00-\u9fa5]{2,3}(说|讲|让我|托我|叫我)(她|他)?")]
    private static partial Regex NotOwn();

    [GeneratedRegex(@"吗|么|呢$|嘛$|怎么|咋|啥|什么|谁|哪|几|多少|能不能|可不可以|可以|是不是|有没有|要不要|需不需要|如何|是否|干嘛")]
    private static partial Regex Question();

    [GeneratedRegex(@"会|党课|党日|民主评议")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"批(过|了)?(的)?假|假[^，,。]{0,4}批")]
    private static partial Regex LeaveDecided();

    [GeneratedRegex(@"请[^，,。]{0,3}假|告假|去不了|来不了|参加不了")]
    private static partial Regex Leave();

    [GeneratedRegex(@"签[^，,。]{0,2}到|打卡|签(过|好|上)了")]
    private static partial Regex CheckIn();

    [GeneratedRegex(@"党费")]
    private static partial Regex Dues();

    [GeneratedRegex(@"谈心|谈谈|聊聊")]
    private static partial Regex Talk();

    [GeneratedRegex(@"谈(过|了|完)(一次)?心|谈心记录")]
    private static partial Regex TalkHeld();

    [GeneratedRegex(@"邀请码")]
    private static partial Regex Invite();

    [GeneratedRegex(@"设(为|成|置为)|(当|任)(支委|书记|副书记|党小组长|组长)")]
    private static partial Regex Role();

    [GeneratedRegex(@"移除|删(掉|了|除)|(不|别)删|除名|移出")]
    private static partial Regex Remove();

    [GeneratedRegex(@"加(进|入|到)[^，,。]{0,4}(系统|名单|支部)|添加党员|加(个|一个)?党员")]
    private static partial Regex Add();

    [GeneratedRegex(@"取消")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"改(到|成|时间|地点|期)|(别|不|不用|不要)改|挪|推迟|提前|延期|延后")]
    private static partial Regex Change();

    [GeneratedRegex(@"安排(?!得)|召开")]
    private static partial Regex Arrange();

    /// <summary>A notice sent or to be sent ("党课的通知我前天已经发了", "先不要通知大家"), not a wish ("下次早点通知").</summary>
    [GeneratedRegex(@"通知(先|就|也)?(不|别)发|^(先|暂时)?(别|不要|不用|甭)发(了|吧|啦)?$|通知(了|过|大家|全体|所有人|各位)|(发|群发|下)(了|过)?(个|一个|一条)?(的)?通知|的通知|广播|群发")]
    private static partial Regex Notice();

    [GeneratedRegex(@"补录|会议记录")]
    private static partial Regex Minutes();
}
