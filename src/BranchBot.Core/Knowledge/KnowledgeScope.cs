namespace BranchBot.Core.Knowledge;

/// <summary>
/// Whether a question is about Party organisation at all. Weather, stocks or code share words like 怎么 or 每月
/// with the entries, so a loose BM25 match alone must not be taken as a rules question: it needs a word of the domain.
/// Checked on normalised text (Arabic numerals, canonical synonyms).
/// </summary>
public static class KnowledgeScope
{
    private static readonly string[] Cues =
    [
        "党", "支部", "支委", "书记", "预备", "转正", "换届", "选举", "处分", "组织关系", "组织生活", "3会", "谈心谈话",
        "介绍人", "积极分子", "发展对象", "表决", "任期", "必访", "台账", "民主评议", "入党申请", "留党察看", "政审",
        "开会", "会议", "学习", "隶属", "政治生日", "限期改正", "纪律", "申请书", "当选",

        // Words of the regulations that carry no 党: elections, sanctions, committee posts, campaigns.
        "选票", "候选", "监票", "计票", "差额", "等额", "委员", "警告", "察看", "违纪", "纪检", "介绍信", "志愿书",
        "培养联系人", "2学1做", "3重1大", "2个责任", "1岗双责", "设岗定责", "承诺践诺", "结对共建", "3严3实", "4个意识",
        "宣誓", "申诉", "检举", "评议", "4种形态", "2个维护", "3个区分开来", "1个中心",
        "赞成票", "反对票", "弃权票", "保留意见", "脱党", "预审", "软弱涣散", "应到会", "应到人数",

        // Rules words members use without naming the Party (四个服从是哪四个, 票数一样多咋办, 提醒谈话是啥意思).
        "4个服从", "思想汇报", "提醒谈话", "决议", "得票", "票数",

        // The Party's organisational principle, asked about without naming the Party (民主集中制具体说的是什么).
        "民主集中",

        // 到社区报到 is how members in work and members living away from home join the community's Party life.
        "社区报到",
    ];

    /// <summary>
    /// Regulation words that a job, a school or a city uses too (公司劝退, 学校除名, 积分制落户, 安全生产主体责任,
    /// 新员工集中培训, 驾照学时, 考研公示, 缺席考试): a rules question only when nothing names that other setting.
    /// </summary>
    private static readonly string[] SharedCues = ["劝退", "除名", "积分制", "主体责任", "监督责任", "集中培训", "学时", "公示", "缺席"];

    private static readonly string[] OtherSettings =
    [
        "公司", "员工", "企业", "老板", "辞退", "赔偿", "补偿", "劳动", "入职", "试用期", "学校", "学籍", "退学", "驾校",
        "落户", "户口", "积分落户", "安全生产", "环保", "食品", "商家", "会员", "信用卡", "录用", "招聘", "考研", "职称", "继续教育", "驾照",
        "上课", "旷课", "挂科", "考勤",
    ];

    /// <summary>Other organisations' business, though it has a cue word (民主党派 has 党, 人大代表选举 has 选举).</summary>
    private static readonly string[] OtherOrganisations =
    [
        "民主党派", "人大代表", "政协", "共青团", "入团", "团员", "团费", "学习强国", "公务员考试",
    ];

    /// <summary>
    /// Other bodies that elect, vet, hold meetings or keep members' records like a branch (村委会换届, 班委选举, 团支部书记,
    /// 公务员政审, 考公/当兵政审, 工会主席, 团关系转接):
    /// their questions share the cue words (换届, 选举, 支部, 政审) but are no rules question unless the Party is named
    /// too (村党支部和村委会一起换届吗) or they ask about 推优, the way 团支部 and 工会 take part in recruitment. 团书记 is
    /// 团支部书记 once normalised (支部书记 → 书记).
    /// </summary>
    private static readonly string[] OtherBodies =
        ["村委会", "村民委员会", "居委会", "居民委员会", "班委", "团支部", "团书记", "团委", "公务员", "工会", "职工代表", "业委会", "学生会",
         "考公", "考编", "当兵", "参军", "入伍", "征兵", "团关系", "团组织关系", "事业单位"];

    /// <summary>
    /// Asked in a branch's chat, 请假 alone means leave from organisational life ("请假需要提前几天"), unless the question
    /// is about a job's leave (工资, 年假, 考勤…).
    /// </summary>
    private static readonly string[] WorkplaceLeave = ["工资", "扣钱", "年假", "病假", "婚假", "产假", "调休", "考勤", "加班", "公司", "老板", "领导批"];

    /// <summary>
    /// Members say 关系 for 组织关系 when they ask where it goes ("打工半年以上关系要转吗", "关系能先放学校吗", "转关系"): a
    /// moving word just before 关系 or within the few characters after it, unless it is another record's (户口关系转到哪)
    /// or the word is another one (婆媳关系怎么好转, 同事关系不好想放弃).
    /// </summary>
    private static readonly string[] MovingWords = ["转", "接收", "放", "挂", "留在", "迁"];

    private const int MovingWordWindow = 4;

    private const int MovingWordWindowBefore = 2;

    private static readonly string[] NotMoving =
        ["好转", "转变", "转暖", "转发", "转账", "扭转", "放弃", "放心", "放松", "放假", "放下", "放开", "挂号", "挂念", "牵挂"];

    private static readonly string[] OtherRecords = ["社保", "医保", "户口", "公积金", "工资关系", "劳动关系", "人事关系", "档案"];

    /// <summary>
    /// Asking where or how to view or open one of the bot's own screens ("台账怎么看", "我的通知去哪看", "会议记录在哪查看")
    /// is asking how the bot is used, not what a rule says, though 台账 and 会议记录 are rules words too ("支部的台账包括哪些").
    /// </summary>
    private static readonly string[] ViewingWords =
        ["怎么看", "在哪看", "去哪看", "哪里看", "哪儿看", "怎么查看", "在哪查看", "哪里查看", "去哪查看", "怎么打开", "在哪打开", "看不到", "看不了", "在哪查", "去哪查", "哪里查"];

    private static readonly string[] BotScreens = ["台账", "通知", "签到", "会议记录", "名册", "名单", "回执", "日程", "消息", "待办"];

    /// <summary>
    /// A request to write or name something for the sender ("帮我写一篇思想汇报", "帮我给党建品牌起个名") asks for a task
    /// to be done, not for what a rule says.
    /// </summary>
    private static readonly string[] TaskRequests = ["帮我写", "给我写", "替我写", "帮忙写", "帮我起", "帮我想", "起个名", "帮我拟", "帮我改"];

    public static bool Covers(string normalized) =>
        (Cues.Any(cue => normalized.Contains(cue, StringComparison.Ordinal)) || IsSharedCueAlone(normalized)
            || IsMeetingLeave(normalized) || IsRelationTransfer(normalized))
        && !AsksToViewABotScreen(normalized)
        && !TaskRequests.Any(request => normalized.Contains(request, StringComparison.Ordinal))
        && !OtherOrganisations.Any(other => normalized.Contains(other, StringComparison.Ordinal))
        && !(OtherBodies.Any(other => normalized.Contains(other, StringComparison.Ordinal)) && !normalized.Contains('党', StringComparison.Ordinal) && !normalized.Contains("推优", StringComparison.Ordinal));

    private static bool AsksToViewABotScreen(string normalized) =>
        ViewingWords.Any(word => normalized.Contains(word, StringComparison.Ordinal))
        && !normalized.Contains("怎么看待", StringComparison.Ordinal)
        && BotScreens.Any(screen => normalized.Contains(screen, StringComparison.Ordinal));

    private static bool IsSharedCueAlone(string normalized) =>
        SharedCues.Any(cue => normalized.Contains(cue, StringComparison.Ordinal))
        && !OtherSettings.Any(setting => normalized.Contains(setting, StringComparison.Ordinal));

    private static bool IsRelationTransfer(string normalized)
    {
        if (!normalized.Contains("关系", StringComparison.Ordinal) || OtherRecords.Any(word => normalized.Contains(word, StringComparison.Ordinal)))
        {
            return false;
        }

        var text = NotMoving.Aggregate(normalized, (current, word) => current.Replace(word, "", StringComparison.Ordinal));
        for (var at = text.IndexOf("关系", StringComparison.Ordinal); at >= 0; at = text.IndexOf("关系", at + 2, StringComparison.Ordinal))
        {
            var from = Math.Max(0, at - MovingWordWindowBefore);
            var before = text[from..at];
            var after = text.Substring(at + 2, Math.Min(MovingWordWindow, text.Length - at - 2));
            if (MovingWords.Any(word => before.Contains(word, StringComparison.Ordinal) || after.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMeetingLeave(string normalized) =>
        normalized.Contains("请假", StringComparison.Ordinal)
        && !WorkplaceLeave.Any(word => normalized.Contains(word, StringComparison.Ordinal));
}
