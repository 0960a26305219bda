namespace BranchBot.Core.Knowledge;

/// <summary>
/// Words members use for the same thing, each rewritten to one canonical form before indexing and searching.
/// Applied after numerals are made Arabic, so variants are written with digits ("1回").
/// </summary>
internal static class KnowledgeSynonyms
{
    private static readonly (string Canonical, string[] Variants)[] Groups =
    [
        ("党员大会", ["支部党员大会", "支部大会", "全体党员大会", "党员大会"]),
        ("支委会", ["支部委员会会议", "支部委员会", "支委会议", "支委会", "支委员会"]),
        ("支委", ["支部委员", "支委委员"]),
        ("谈心谈话", ["谈心谈话", "谈心", "交心谈心"]),
        ("主题党日", ["主题党日活动", "党日活动", "主题党日", "党日"]),
        ("3会1课", ["3会1课"]),
        ("党课", ["党课", "上党课"]),
        ("组织生活会", ["组织生活会", "民主生活会"]),
        ("预备期", ["预备期", "考察期", "预备考察期"]),
        ("转正", ["转为正式党员", "转成正式党员", "转正"]),
        ("预备党员", ["预备党员", "候补党员", "预备党远"]),
        ("入党申请", ["入党申请书", "入党申请"]),
        ("积极分子", ["入党积极分子", "积极分子", "入党积极份子", "积极份子"]),
        ("发展对象", ["发展对象"]),
        ("党费", ["党费", "党会费"]),
        ("工资", ["工资", "薪水", "薪资", "月薪", "收入"]),
        ("多久", ["多长时间", "多少时间", "多久", "隔多久", "多长"]),
        ("几次", ["多少回", "多少次", "几回", "几次"]),
        ("1次", ["1回", "1次"]),
        ("怎么", ["怎么样", "怎样", "如何", "咋样", "咋个", "啷个", "咋"]),
        ("什么", ["什么", "啥子", "么子", "啥"]),
        ("可以", ["能不能", "可不可以", "能否", "可否", "可以"]),
        ("要", ["要不要", "需不需要", "需要", "得要", "必须", "不用", "不需要", "用不着", "不必"]),
        ("是", ["是不是", "算不算"]),
        // 处理 alone is not 处分 ("流动党员找不到了怎么处理", "不交党费支部怎么处理" ask what the branch does); with a degree
        // word (从轻处理, 从重处理) it is the sanction.
        ("从轻处分", ["从轻处理"]),
        ("从重处分", ["从重处理"]),
        ("减轻处分", ["减轻处理"]),
        ("加重处分", ["加重处理"]),
        ("税后", ["扣税后", "到手", "实发", "税后"]),
        ("每月", ["每个月", "1个月", "每月", "月月"]),
        ("每年", ["年年"]),
        ("上限", ["上线", "上限", "最多"]),
        ("学生", ["读大学", "大学生", "在校生", "学生"]),
        ("在职", ["上班族", "在职", "在岗"]),
        ("出国", ["出国", "国外", "境外", "留学", "访学"]),
        ("节假日", ["节假日", "过节", "国庆", "春节", "假期"]),
        ("线上", ["线上", "视频会", "网上", "远程"]),
        ("等次", ["等级", "档次", "等次"]),
        ("步骤", ["程序", "步骤"]),
        ("延长", ["往后延", "延后", "延长"]),
        ("提前", ["早点", "提早", "提前"]),
        ("半数", ["一半", "半数"]),
        ("领导干部", ["领导干部", "处长", "局长", "领导"]),
        ("到会", ["出席", "到场", "参会", "来了", "到会"]),
        ("至少到会", ["至少来", "最少来", "起码来"]),
        ("开党员大会", ["开大会"]),
        ("表决", ["投票", "表决"]),
        ("回不来", ["没法回来", "回不来", "回不去"]),
        ("流动党员", ["外地打工", "外出务工", "外出打工", "出去打工", "出门打工", "在外打工", "流动党员"]),
        ("做什么", ["做些什么", "干些什么", "干些啥", "干什么", "干嘛", "干啥", "做什么", "搞么子", "搞啥子"]),
        ("元", ["块钱", "块", "元"]),
        ("参加", ["参不参加", "参加"]),
        ("前", ["之前", "以前"]),
        ("退休金", ["退休费", "退休工资", "养老金", "退休金"]),
        ("什么时候", ["哪1步", "什么阶段", "什么时候"]),
        ("开除党籍", ["开除党籍", "开除出党"]),
        ("交", ["缴纳", "交纳", "缴交", "上交", "缴"]),
        ("组织关系", ["党组织关系", "党员组织关系", "组织关系"]),
        ("介绍人", ["入党介绍人", "介绍人", "洁绍人"]),
        ("留党察看", ["留党查看", "留党察看"]),
        ("书记", ["支部书记", "党支部书记", "支书"]),
        ("严重警告", ["严重警告"]),
        ("当选", ["选上", "当选"]),

        // Members' phone wording: colloquial words for the terms, and the 拼音 input slips that stand for a term
        // (党非 for 党费, 党远 for 党员, 回报 for 汇报, 几数 for 基数 after 党费); each slip only outside the contexts where it is a real word (SlipsAsRealWords).
        ("怎么办", ["怎么整", "咋整", "咋弄", "怎么弄"]),
        ("调动工作", ["跳槽", "换单位", "换工作", "换了工作", "换了单位", "工作调动", "调动工作"]),
        ("2个", ["俩"]),
        ("农民", ["务农", "种地", "种田"]),
        ("无收入", ["没有收入", "没收入", "无收入", "没有工资", "没工资"]),
        ("推迟", ["往后拖", "拖后", "拖延", "推后", "推迟"]),
        ("党费", ["党非", "党废"]),
        ("转正", ["转证", "专正"]),
        ("换届", ["换界"]),
        ("谈心谈话", ["谈新谈话", "谈心谈化"]),
        ("入党申请", ["入当申请书", "入当申请"]),
        ("政审", ["正审", "政申"]),
        ("支委会", ["支委汇"]),
        ("预备期", ["预备其"]),
        ("志愿书", ["志原书", "自愿书"]),
        ("慰问", ["位问"]),
        ("积极分子", ["积级分子", "积级份子"]),
        ("脱党", ["拖党"]),
        ("思想汇报", ["思想回报"]),
        ("党费基数", ["党费几数"]),

        // Voice input: the speech recogniser's homophones for a term (表决 heard as 表绝, 到场 as 道场, 预备 as 域备, 三会一课 as
        // 三汇一课, 介绍人 as 介少人, 党龄 as 挡龄, 民主评议 as 民主平仪, 预备党员 as 预备当员).
        ("表决", ["表绝"]),
        ("到会", ["道场"]),
        ("预备", ["域备"]),
        ("3会1课", ["3汇1课"]),
        ("主题党日", ["主题当日"]),
        ("介绍人", ["介少人"]),
        ("政审", ["征审"]),
        ("党龄", ["挡龄"]),
        ("支委会", ["支为会"]),
        ("民主评议", ["民主平仪", "民主评仪", "民主平议"]),
        ("培养联系人", ["陪养联系人"]),
        ("党员", ["当员"]),
        ("组织生活会", ["组织生活汇"]),
        ("双重组织生活", ["双从组织生活"]),

        // Member words for the regulation's, kept because each made lines right on both halves of the tuning parts and
        // none wrong (docs/benchmarks.md, "Member words and regulation words"): who 说了算 or 拍板 is who 决定; a member
        // 卧床 or 腿脚不方便 is 行动不便.
        ("决定", ["说了算", "拍板"]),
        ("行动不便", ["卧床", "腿脚不便", "腿脚不方便", "走不动"]),

        // Dialect wording (the south-west's 啥子, 咋个, 啷个, 搞么子; the north-east's 嘎哈) is read as the standard words above.

        // Older members say 组织上 for the Party organisation (组织上让我转关系, 组织上的决定); 组织上门/上课 organise something.
        ("党组织", ["组织上"]),
    ];

    /// <summary>
    /// Where a slip is part of a real word and stays as typed: the characters that, just before or just after it, make
    /// it one (入党非常 is no 党费, 行政申诉 no 政审, 向支委汇报 no 支委会, 自愿书面 no 志愿书, 换界面 no 换届, 拖党费 no 脱党).
    /// </summary>
    private static readonly Dictionary<string, (string Before, string After)> SlipsAsRealWords = new(StringComparer.Ordinal)
    {
        ["党非"] = ("入", "常得法凡公但必党"),
        ["党废"] = ("", "止除弃"),
        ["转证"] = ("", "明件书"),
        ["换界"] = ("", "面限线"),
        ["政申"] = ("行财民邮家市", ""),
        ["正审"] = ("公纠真修校订更改端", "批核查议理阅定计"),
        ["支委汇"] = ("", "报总集"),
        ["预备其"] = ("", "他中余实次"),
        ["自愿书"] = ("", "面写"),
        ["道场"] = ("做办法大佛开设", "里上中"),
        ["组织上"] = ("党", "门课党山街网线台级报传岗班"),
        ["当员"] = ("充", "工"),
        ["拖党"] = ("", "费"),
        ["组织生活汇"] = ("", "报总集"),
    };

    /// <summary>Variants by first character, longest first, so "支部委员会会议" wins over "支部委员会".</summary>
    private static readonly Dictionary<char, (string Variant, string Canonical)[]> ReplacementsByFirst =
        Groups.SelectMany(g => g.Variants.Select(v => (Variant: v, g.Canonical)))
            .GroupBy(r => r.Variant[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Variant.Length).ToArray());

    public static string Apply(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var replaced = false;
            if (ReplacementsByFirst.TryGetValue(text[index], out var candidates))
            {
                foreach (var (variant, canonical) in candidates)
                {
                    if (string.CompareOrdinal(text, index, variant, 0, variant.Length) == 0 && !IsRealWord(text, index, variant))
                    {
                        builder.Append(canonical);
                        index += variant.Length;
                        replaced = true;
                        break;
                    }
                }
            }

            if (!replaced)
            {
                builder.Append(text[index]);
                index++;
            }
        }

        return builder.ToString();
    }

    private static bool IsRealWord(string text, int index, string variant)
    {
        if (!SlipsAsRealWords.TryGetValue(variant, out var context))
        {
            return false;
        }

        var end = index + variant.Length;
        return (index > 0 && context.Before.Contains(text[index - 1], StringComparison.Ordinal))
            || (end < text.Length && context.After.Contains(text[end], StringComparison.Ordinal));
    }
}
