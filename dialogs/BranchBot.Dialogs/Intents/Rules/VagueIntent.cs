using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// A short message that points at something without saying what to do with it ("党员大会", "陈静升一下职", "明天下午三点",
/// "把会挪一下"): only likely, so the member is asked "你是想…吗？" with the nearest command instead of being told
/// nothing was understood. The other rules' readings, when any, are surer and win.
/// </summary>
public sealed partial class VagueIntent : IIntentRule
{
    private const double Likely = 0.55;
    private const int Short = 12;
    private const int Sentence = 24;

    /// <summary>Not a command of its own: the reading names the command it suggests.</summary>
    public string Command => "?";

    public bool IsFallback => true;

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var committee = input.Sender is { } sender && ArrangeCommand.MayArrange(sender);
        // "那刘洋呢", "那陈静呢她交了没": a member named after 那 asks the last reply again about them (<see
        // cref="ViewFollowUp"/>), never for a role (the cleaned text has lost its 那, the typed one has not).
        var askedAgain = AskedAgainAbout().IsMatch(input.Text.Trim());
        if (IntentText.IsUndecided(text) && !askedAgain)
        {
            return text.Contains('会', StringComparison.Ordinal) ? Suggest("修改会议")
                : await input.MemberNamedAsync(text, cancellationToken) is { } person ? Suggest(committee ? $"设置角色 {person}" : "党员名单")
                : null;
        }

        // "下周三我可能有点事", "党员大会那个时间我不太方便": a member unsure of coming is asked whether to ask for leave.
        var wondering = text.Length <= Sentence && !IntentText.AsksAboutRules(text) && !Summons().IsMatch(text);
        if (wondering && !IntentText.IsYesNoQuestion(text) && MaybeAbsent().IsMatch(text) && (text.Contains('会', StringComparison.Ordinal) || ChineseDateTimeRecognizer.Recognize(text, input.Now, input.Zone).Succeeded))
        {
            return Suggest("请假");
        }

        // "那个会我去不去呢", "支委会提前半小时": asking oneself about coming, or a shift without a new time.
        if (wondering && text.Contains('会', StringComparison.Ordinal) && (OwnAttendance().IsMatch(text) || Shift().IsMatch(text)))
        {
            return Suggest(OwnAttendance().IsMatch(text) ? "请假" : committee ? "修改会议" : "近期安排");
        }

        // "周五晚上的会要不算了", "这个会的时间是不是得调一调", "下周的会能不能往后推": a change wondered about, not asked for.
        if (wondering && text.Contains('会', StringComparison.Ordinal) && WonderedChange().Match(text) is { Success: true } wondered)
        {
            return Suggest(committee ? wondered.Groups["cancel"].Success ? "取消会议" : "修改会议" : "近期安排");
        }

        // "会还开吗", "周五的会照常吗": whether a meeting still takes place.
        if (wondering && StillOn().IsMatch(text))
        {
            return Suggest("近期安排");
        }

        // "刚才那句作废", "刚说的时间不对 应该是三点": what was just said or done put right or taken back, naming no command, is
        // asked about (with the change of a meeting offered when it speaks of one), never passed over as chatter.
        if (text.Length <= Sentence && !Question().IsMatch(text) && BareCorrection().IsMatch(text) && !MisSent().IsMatch(text))
        {
            return Suggest(MeetingWords().IsMatch(text) ? committee ? "修改会议" : "近期安排" : text.Contains("通知", StringComparison.Ordinal) && committee ? "撤回" : "帮助");
        }

        // "好吧那就不开了", "那就老地方", "那就照你说的定了": a decision that follows something said before, naming no meeting.
        if (text.Length <= Sentence && !Question().IsMatch(text) && FollowUpDecision().Match(text) is { Success: true } decided)
        {
            return Suggest(!committee ? "近期安排" : decided.Groups["cancel"].Success ? "取消会议" : "修改会议");
        }

        if (text.Length == 0 || text.Length > Short || IntentText.AsksAboutRules(text) || Question().IsMatch(text))
        {
            return null;
        }

        if (AnIdea().IsMatch(text))
        {
            return Suggest("谈心");
        }

        if (JustTalk().IsMatch(text))
        {
            return Suggest("谈心");
        }

        if (MeetingOnly().IsMatch(text))
        {
            return Suggest(committee && MeetingKinds.TryFind(text, out _, out _, out _) ? "安排 " + text : "近期安排");
        }

        // "删吧", "都取消", "取消 那个", "ok 就这么改": a write's verb with nothing it could act on.
        if (BareVerb().Match(text) is { Success: true } bare)
        {
            return Suggest(!committee ? "帮助" : bare.Groups["verb"].Value switch
            {
                "删" or "移除" => "移除党员",
                "取消" or "撤" => "取消会议",
                "批" => "批准请假",
                _ => "修改会议",
            });
        }

        if (Unfinished().IsMatch(text))
        {
            return Suggest(text.Contains('会', StringComparison.Ordinal) || committee ? "修改会议" : "帮助");
        }

        if (RoleOnly().IsMatch(text))
        {
            return Suggest("设置角色");
        }

        // "明天下午三点", "周五晚上7点 活动室": a time, perhaps with a place, and nothing else.
        // "那就周六吧", "改 下午三点": a time after 那就 or a change's verb answers or changes something said before.
        var timed = Lead().Replace(text, string.Empty);
        var time = ChineseDateTimeRecognizer.Recognize(timed, input.Now, input.Zone);
        if (time.Succeeded && time.Start == 0 && (time.Length >= timed.Length - 1 || SlotShapes.IsPlace(time.Remainder)))
        {
            return Suggest(!committee ? "近期安排" : timed.Length < text.Length ? "修改会议" : $"安排 {text}");
        }

        if (await input.MemberNamedAsync(text, cancellationToken) is not { } name || askedAgain)
        {
            return null;
        }

        return Suggest(
            TalkWords().IsMatch(text) ? $"谈心记录 {name}"
            : AbsentWords().IsMatch(text) ? "签到情况"
            : AddWords().IsMatch(text) ? $"邀请码 {name}"
            : committee ? $"设置角色 {name}"
            : "党员名单");
    }

    private static IntentMatch Suggest(string line)
    {
        var command = line.Split(' ')[0];
        var effect = command switch
        {
            "近期安排" or "党员名单" or "签到情况" or "谈心记录" or "帮助" => IntentEffect.Read,
            "安排" or "修改会议" => IntentEffect.Previewed,
            _ => IntentEffect.Write,
        };
        return new IntentMatch(command, line, effect, Likely, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"吗|\?|什么|啥|哪|谁|怎么|多少|几|为什么|谢谢|你好|您好|早上好|晚上好|哈哈")]
    private static partial Regex Question();

    [GeneratedRegex(@"^(哦|啊|唉|哎|呃|不好意思)?\s*(我)?(刚才|刚刚|刚|前面|上面|之前)(我)?(说|写|填|发|打|输|讲)?(的|那个|那句|那条|这句)?.{0,10}?(作废|不算|不对|错了|不要了|写错|说错|打错|填错|写岔|说岔|记错|弄错)")]
    private static partial Regex BareCorrection();

    /// <summary>"刚才发错了", "刚点错了": a message sent by mistake apologises for itself; nothing was asked for or written.</summary>
    [GeneratedRegex(@"^(\[[^\]]*\])?\s*(哦|啊|唉|哎|呃|不好意思)?\s*(我)?(刚才|刚刚|刚)(我)?(点|发|按|打)错了?(哈|啊|呀|哦)?$")]
    private static partial Regex MisSent();

    [GeneratedRegex(@"会|时间|地点|地方|[一二三四五六七八九十两\d]点|周[一二三四五六日天]|星期|礼拜|号|楼|室")]
    private static partial Regex MeetingWords();

    [GeneratedRegex(@"^(好吧|好|行|嗯|那行)?\s*(那|那就|那还是|就|还是)(这个会|那个会|这会|会)?(就)?((?<cancel>不开了|别开了|取消了?吧?)|(照|按)(你说的|你的|刚才)[^，,]{0,6}定了?|定了吧?$|(老地方|原来的地方|原地方|原来那个地方)|(时间)?(也)?(往后|往前)(挪|推)(挪|推|一下)?)")]
    private static partial Regex FollowUpDecision();

    [GeneratedRegex(@"^(那|那么)?[^,，\s]{1,8}?(呢|咧|嘞)")]
    private static partial Regex AskedAgainAbout();

    /// <summary>A meeting and nothing more: "党员大会", "那个会", "开会".</summary>
    [GeneratedRegex(@"^(那个|这个|关于)?(支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|小组会|党课|主题党日|组织生活会|民主评议党员|民主评议|会议|开会|会)(的事|那个事|的事情|那个|这个)?$")]
    private static partial Regex MeetingOnly();

    /// <summary>A change asked for without what: "把会挪一下", "我想改一下", "帮我弄一下", "取消还是改期".</summary>
    [GeneratedRegex(@"^(把|将|我想|我要|想|帮我|麻烦)?(那个|这个)?(会|会议)?(改|挪|弄|调|换|动|处理|搞)(一下|下)(吧)?$|改期|延期|往后推|推迟一下|改个时间|^改(一下|下)?(时间|地点|地方)$|取消还是|还是改")]
    private static partial Regex Unfinished();

    [GeneratedRegex(@"(会|会议)(还|到底)?(开不开|还开吗|还开不|照常吗|照常开吗|还照常|取消了吗|取消了没)|(会|会议)还开(吗|么|不)")]
    private static partial Regex StillOn();

    [GeneratedRegex(@"^(我)?(有|想提|想说)(个|一个|点|一点)(想法|建议|意见|看法)$")]
    private static partial Regex AnIdea();

    [GeneratedRegex(@"^(支部书记|副书记|书记|支委|支部委员|党小组长|小组长|组长)$")]
    private static partial Regex RoleOnly();

    [GeneratedRegex(@"^(ok|OK|好|行)?\s*(那就|那|就)?\s*(都|全|全部)?(这么|这样)?(?<verb>改|取消|删|移除|撤|批)(掉|了)?\s*(吧|呗|了吧|掉吧|那个|这个|它)?$")]
    private static partial Regex BareVerb();

    [GeneratedRegex(@"^((那就|那|就)\s*(改到|改成|改在|改|挪到|换到)?|(改到|改成|改在|改|挪到|换到))\s*")]
    private static partial Regex Lead();

    [GeneratedRegex(@"(可能|好像|估计|恐怕|怕是|不一定|看看能不能|不知道能不能|不太方便|不方便|有点事|有事|出差|加班|值班|在外地|住院|看病)")]
    private static partial Regex MaybeAbsent();

    /// <summary>Calling a meeting or telling others is not the sender's own attendance or change.</summary>
    [GeneratedRegex(@"召集|召开|通知|告诉|大家|他们|别人")]
    private static partial Regex Summons();

    [GeneratedRegex(@"去不去|来不来|参不参加|要不要去|要不要参加|能不能去|能不能参加")]
    private static partial Regex OwnAttendance();

    [GeneratedRegex(@"(提前|推迟|延后|往后推|往后挪|往前挪|往前提)(个)?(半|一|两|三|\d+)?(个)?(小时|分钟|钟头|天)")]
    private static partial Regex Shift();

    [GeneratedRegex(@"(要不|是不是得|是不是要|能不能|可不可以|要不要|得不得)(再)?(往后|往前)?((?<cancel>算了|取消|不开)|调|改|推|挪|延|提前|换)")]
    private static partial Regex WonderedChange();

    [GeneratedRegex(@"^(我)?(想|要)?(聊聊|聊一聊|谈谈|谈一谈|说说话)(吧|天)?$")]
    private static partial Regex JustTalk();

    [GeneratedRegex(@"谈心|谈话|聊")]
    private static partial Regex TalkWords();

    [GeneratedRegex(@"不来|来不了|没来|缺席|没到")]
    private static partial Regex AbsentWords();

    [GeneratedRegex(@"加上|加进|添上")]
    private static partial Regex AddWords();
}
