using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents;

/// <summary>Clean-ups shared by the intent rules.</summary>
public static partial class IntentText
{
    /// <summary>
    /// Half-width, without trailing punctuation, spaces collapsed, the commonest 同音字 typed by a pinyin IME put right, and a
    /// correction made inside the message applied (<see cref="SelfCorrection"/>).
    /// </summary>
    public static string Clean(string? text) =>
        SelfCorrection.Resolve(WithoutCourtesy(WithoutVoiceFillers(Homophones(WithoutRecallParticle(TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(Romanised(WithoutStickers(WidthFolding.Fold(text ?? string.Empty)))).Trim()))))));

    /// <summary>
    /// What a member wrote, taken from the cleaned text (<see cref="Clean"/>), with the full-width punctuation they typed
    /// put back ("带上党章，收到请回复" stays so in a broadcast, not "带上党章,收到请回复"); digits and letters stay folded.
    /// </summary>
    public static string AsTyped(string fromClean, string? typed)
    {
        ArgumentNullException.ThrowIfNull(fromClean);
        if (string.IsNullOrEmpty(typed))
        {
            return fromClean;
        }

        return string.Create(fromClean.Length, (fromClean, typed), static (buffer, state) =>
        {
            for (var i = 0; i < state.fromClean.Length; i++)
            {
                var c = state.fromClean[i];
                var wide = (char)(c + 0xFEE0);
                buffer[i] = char.IsPunctuation(c) && c < '\u007F' && !state.typed.Contains(c, StringComparison.Ordinal) && state.typed.Contains(wide, StringComparison.Ordinal) ? wide : c;
            }
        });
    }

    /// <summary>
    /// "嗯那个明天上午十点在社区服务中心搞个主题党日", "我那个周五的支委会要请个假就是要去医院复查": a sentence dictated into a
    /// phone opens with hesitation sounds and fillers (嗯, 呃, 那个, 就是), says "我那个…" for "my …" and "你帮我" for "帮我",
    /// and runs the reason on after "就是" with no pause; a follow-up opens with "那" ("那上个月党费谁没交", "那没签到的都有谁",
    /// but not "那个会", "那天"). None of them is part of a meeting, a place or a reason: the
    /// fillers go, and a "就是" that runs a reason on becomes the clause break it stands for. A message that is only a
    /// filler is left as it is.
    /// </summary>
    public static string WithoutVoiceFillers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = OpeningFillers().Replace(Hesitation().Replace(text, string.Empty), string.Empty);
        plain = RunOnThatIs().Replace(AfterVerbThat().Replace(MyThat().Replace(plain, string.Empty), string.Empty), "，");
        plain = YouHelpMe().Replace(plain, string.Empty);
        return plain.Trim().Length < 2 ? text : plain.Trim();
    }

    [GeneratedRegex(@"(?<=^|[\s,，。!！?？])(嗯+|呃+|额+|唔+|诶)(?=[\s,，]*[\u4e00-\u9fa5\d])")]
    private static partial Regex Hesitation();

    [GeneratedRegex(@"^((那个(?![假会事])|那么?(?![个些边里儿时会样天次位种件])|就是(?!说)|然后)(?=[\s,，]*[\u4e00-\u9fa5\d])[\s,，]*)+")]
    private static partial Regex OpeningFillers();

    [GeneratedRegex(@"(?<=[我你他她俺])那个(?=[\u4e00-\u9fa5\d])")]
    private static partial Regex MyThat();

    [GeneratedRegex(@"(?<=一下|帮我|给我|把|登|看看|查查|查一下|看一下)那个(?=[\u4e00-\u9fa5\d])")]
    private static partial Regex AfterVerbThat();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5])(?<![不也那这可还要])就是(?=要|去|因为|家里|有事|得|在外|出差|身体|孩子|老人|最近)")]
    private static partial Regex RunOnThatIs();

    [GeneratedRegex(@"你(?=帮我|帮忙|给我)|(?<=[一二三四五六日天末午])那个(?=大会|会|党课|支委会|党员大会|主题党日|组织生活会|党小组会)")]
    private static partial Regex YouHelpMe();

    /// <summary>
    /// "周三开会在哪来着", "党课几点开来着呢": a closing "来着" only says the member once knew the answer; the question is the
    /// same without it, and the readers that look for a question at the end of the sentence must see it there.
    /// </summary>
    public static string WithoutRecallParticle(string text) => RecallParticle().Replace(text ?? string.Empty, string.Empty);

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5\d]{2})\s*来着[呢啊呀吧]?[?？]?$")]
    private static partial Regex RecallParticle();

    /// <summary>
    /// "[捂脸]周五支委会我去不了", "签到[强]": a chat app's sticker sent inline arrives as its name in brackets; like an emoji
    /// it says how the member feels, and is no part of the request, its meeting or its reason. So are emoji that end the
    /// message ("周五支委会取消了吧🙏", "我的党费交到几月了🤔"), which would otherwise be read as its last word.
    /// </summary>
    public static string WithoutStickers(string text) => EmojiAtTheEnd().Replace(Sticker().Replace(text ?? string.Empty, " "), string.Empty);

    [GeneratedRegex(@"\[[\u4e00-\u9fa5A-Za-z]{1,4}\]")]
    private static partial Regex Sticker();

    [GeneratedRegex(@"(?<=\S)[\p{So}\p{Cs}\uFE0F\u200D\s]+$")]
    private static partial Regex EmojiAtTheEnd();

    /// <summary>
    /// "qiandao", "qingjia 周五支委会", "cancel 周五支委会", "help": a command word typed in pinyin or English (the IME not
    /// switched) is that word; only whole words, and only the commands' own words.
    /// </summary>
    private static string Romanised(string text)
    {
        foreach (var (typed, meant) in RomanisedWords)
        {
            text = Regex.Replace(text, $@"(?i)(?<![A-Za-z]){typed}(?![A-Za-z])", meant, RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        return text;
    }

    private static readonly (string Typed, string Meant)[] RomanisedWords =
    [
        ("qiandao", "签到"), ("qingjia", "请假"), ("anpai", "安排"), ("quxiao", "取消"), ("guangbo", "广播"), ("dangfei", "党费"),
        ("tanxin", "谈心"), ("qingkuang", "情况"), ("mingdan", "名单"), ("jilu", "记录"), ("jinqi", "近期"), ("zuijin", "最近"),
        ("wo\\s?de", "我的"), ("huiyi", "会议"), ("rili", "日历"), ("jindu", "进度"), ("xinxi", "信息"), ("yaoqingma", "邀请码"), ("taizhang", "台账"), ("^help$", "帮助"), ("^cancel(?=\\s+\\S*(会|党课|党日))", "取消会议"), ("meetings?", "会"),
    ];

    /// <summary>
    /// "不好意思打扰，想看下…", "谢谢书记！我这个月党费…", "各位辛苦了，麻烦统计下…": a greeting, an apology or a form of address
    /// said in a clause of its own before the request is no part of it; the request is read as if it opened the message.
    /// So is an exclamation of how the member feels ("急急急 明早9点…", "大家辛苦了❤️ 明天…", "真是太好了 党员大会改到…"),
    /// ended by punctuation, an emoji or a space: it is never the place or the reason.
    /// </summary>
    public static string WithoutCourtesy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var opening = CourtesyOpening().Match(text);
        return opening.Success && opening.Length < text.Length ? text[opening.Length..] : text;
    }

    [GeneratedRegex(@"^(([\u4e00-\u9fa5]?书记|各位(同志|领导)?|同志们|大家|(真是|实在|非常|很)?(不好意思|抱歉|对不起)|您好|你好|打扰(一下|了)?|麻烦(您|你)?了|谢谢(您|你)?|辛苦(您|你)?了?|劳驾|(急)+|唉|哎(呀|哟)?|(真是)?太好了|(太|好|真)?开心了?|激动|郁闷|心累|(好|真|有点)?(累|烦|慌)|气死我了|(很|真)?遗憾|(真)?可惜了?|天哪|咋整|咋办|怎么办)(啊|哈|呀|哦|啦|了)?\s*)+([,，!！。~～]+|[\uD800-\uDFFF\u2600-\u27BF\uFE0F\u200D]+|\s)+")]
    private static partial Regex CourtesyOpening();

    /// <summary>
    /// Questions about rules ("党员大会多久开一次", "支委会应该怎么开") belong to the knowledge base, never to a command.
    /// </summary>
    public static bool AsksAboutRules(string text) => RulesQuestion().IsMatch(text);

    /// <summary>
    /// "从一个科室调到另一个科室，党支部要换吗": a yes/no question that names no meeting asks about a rule or a situation,
    /// not for a change.
    /// </summary>
    public static bool IsYesNoQuestion(string text) => YesNoQuestion().IsMatch(text);

    /// <summary>
    /// "我签到了吗", "我刚才签上了没": the sender asks about their own check-in (shown with their meetings), not for
    /// another check-in nor for the committee's 签到情况.
    /// </summary>
    public static bool AsksOwnCheckIn(string text) => OwnCheckIn().IsMatch(text);

    /// <summary>"签到还是请假我还没想好", "取消还是改期", "谈心的事我想想再说": the sender has not decided, so no reading is sure.</summary>
    public static bool IsUndecided(string text) => Undecided().IsMatch(text);

    /// <summary>What is left of a clause once filler words and punctuation are gone ("我出差去不了" minus 去不了 → 出差).</summary>
    public static string Strip(string text, Regex words) =>
        Filler().Replace(words.Replace(text, " "), " ").Trim(' ', '，', ',', '。', '、', '；', ';', '!', '！', ':', '：');

    /// <summary>
    /// The words a sentence says beside its request, clause by clause ("书记，我要请个假，因为要出差了" → 出差): each
    /// clause without the request's own words, fillers, a greeting or a form of address; a clause left empty is dropped.
    /// "要…了" (about to) loses its 了, a finished "孩子发烧了" keeps it.
    /// </summary>
    public static string Remainder(string text, Regex requestWords)
    {
        ArgumentNullException.ThrowIfNull(requestWords);
        var kept = new List<string>();
        foreach (var clause in ClauseBreak().Split(text))
        {
            var plain = Address().Replace(clause.Trim(), string.Empty);
            var future = AboutTo().IsMatch(plain);
            var rest = Connectives().Replace(requestWords.Replace(plain, " ").Trim(), " ").Replace(" ", string.Empty, StringComparison.Ordinal);
            rest = Connectives().Replace(Pictographs().Replace(rest, string.Empty), string.Empty).Trim(Trimmed);
            if (future && rest.EndsWith('了'))
            {
                rest = rest[..^1];
            }

            if (rest.Length > 0 && !Courtesy().IsMatch(rest) && !Particles().IsMatch(rest))
            {
                kept.Add(rest);
            }
        }

        return string.Join('，', kept);
    }

    private static readonly char[] Trimmed = [' ', '，', ',', '。', '、', '；', ';', '!', '！', ':', '：', '~', '～'];

    /// <summary>
    /// "安排下周二晚上七点支委会 线上 顺便通知大家": telling the meeting's audience is what 安排 and 修改会议 do on 确认, so a
    /// closing clause asking for it is neither a second request nor part of the place or topic.
    /// </summary>
    public static string WithoutAudienceNotice(string text) => AudienceNotice().Replace(text, string.Empty);

    [GeneratedRegex(@"(?<=[^\s,，;；])(\s|[,，;；])*(顺便|另外|同时|并且?|然后|再)?(也|再)?(帮我|请|麻烦)?(通知|告诉|告知)(一下|下)?(大家|全体党员|全体支委|全体|参会的?(人员|同志|人)|所有人|各位支委|各位|支委们|与会人员)$")]
    private static partial Regex AudienceNotice();

    /// <summary>
    /// "支委会好久没开了，你帮我安排一下，…": a request said after a clause that tells why starts at 帮我/帮忙/给我安排 (or
    /// 请你/麻烦你/你 before them); the clause before it is the reason. Null when no such request follows a clause.
    /// </summary>
    public static (string Reason, string Request)? SplitRequestAfterReason(string text)
    {
        var request = RequestAfterReason().Match(text ?? string.Empty);
        return request.Success ? (text![..request.Index], text[request.Index..].TrimStart(' ', ',', '，', '。', '；', ';', '!', '！')) : null;
    }

    /// <summary>
    /// The request alone when a reason comes before it (its "没开了" is no 不安排), the whole text otherwise or when the
    /// clause before it is a condition ("下周三要是出差的话，帮我请个假" stays in doubt).
    /// </summary>
    /// <remarks>
    /// Voice input runs the reason straight into the request ("李四说他手机丢了进不去你再给他弄一个"): without a mark between
    /// them the request starts at 你 and a verb of doing it (帮, 给, 替, 把, 批), unless 你 is what someone said or asked
    /// of the bot (让你, 叫你, 说你): then the whole sentence is someone else's words.
    /// </remarks>
    public static string FromRequestAfterReason(string text) =>
        (SplitRequestAfterReason(text) ?? SplitRunOnRequest(text)) is { } split && !Conditional().IsMatch(split.Reason) ? split.Request : text ?? string.Empty;

    private static (string Reason, string Request)? SplitRunOnRequest(string? text)
    {
        var request = RunOnRequest().Match(text ?? string.Empty);
        return request.Success ? (text![..request.Index], text[request.Index..]) : null;
    }

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5]{4})(?<![让叫说讲问请托告诉要])你(?=(就|再|直接|赶紧|快|还是|也)?(帮|给|替|把|批))")]
    private static partial Regex RunOnRequest();

    [GeneratedRegex(@"如果|假如|假设|万一|倘若|假使|若是|要是|的话|可能|也许|或许|说不定|不一定|打算|考虑")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?<=\S)[\s,，。；;!！]+(?=(请你?|麻烦你?|你)?(帮我|帮忙|给我?(?=安排|组织))\S)")]
    private static partial Regex RequestAfterReason();

    /// <summary>
    /// "书记你好我是陈静下周三的会…", "喂 我是刘洋啊 …": a greeting and the sender saying who they are open the message and
    /// ask for nothing (the channel already says who speaks), so the rest is read without them. "我是陈静的爱人" says whose
    /// family the sender is, and stays.
    /// </summary>
    public static string WithoutSelfIntroduction(string text, IEnumerable<string> memberNames)
    {
        ArgumentNullException.ThrowIfNull(memberNames);
        if (SelfIntroduction().Match(text ?? string.Empty) is not { Success: true } intro)
        {
            return text ?? string.Empty;
        }

        var rest = text![intro.Length..];
        var name = memberNames.Where(n => rest.StartsWith(n, StringComparison.Ordinal)).OrderByDescending(n => n.Length).FirstOrDefault();
        var after = name is null ? string.Empty : rest[name.Length..];
        return name is null || after.Length == 0 || after.StartsWith('的') ? text : AfterIntroduction().Replace(after, string.Empty);
    }

    [GeneratedRegex(@"^(喂|哎|诶|嗨)?\s*(书记|支书)?\s*(啊|呀)?\s*(你好|您好)?\s*(啊|呀)?[,，\s]*我是")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(@"^(同志)?(啊|呀|哈)?[,，\s]*")]
    private static partial Regex AfterIntroduction();

    public static string Squeeze(string text) => TextNormalizer.CollapseSpaces(text).Trim();

    private static string Homophones(string text)
    {
        // "支委会 改 周六", "党员大会 推迟 一小时": a change typed word by word is the change said in one breath.
        text = TerseChange().Replace(text, "${verb}");
        // "党员大会 地点 五楼大会议室": a meeting, the field and the new value, with no verb, is the change.
        text = TerseFieldChange().Replace(text, "${kind}${field}改到");
        text = ConfusableWords.PutRight(text);
        foreach (var (typed, meant) in TypedHomophones)
        {
            text = text.Replace(typed, meant, StringComparison.Ordinal);
        }

        // Said into a phone's voice input: 签到 heard as 前到 (but "提前到" is moved earlier), 请假 as 请加 after the one
        // asking (but "请加个党员" adds one), 谈心 as 谈新 at the end.
        text = HeardCheckIn().Replace(text, "签${measure}到");
        // 请假 typed as 请家 ("请个家 下周三 出差"), never 请家长 or 请家教; "会该到五楼", "支委会弄到线上": 改 typed as 该, or said as 弄/整/挪 (dialect), right after a meeting.
        text = TypedLeaveAsHome().Replace(text, "请${measure}假");
        text = TypedChangeAsOught().Replace(text, "改");
        text = HeardCheckInAlone().Replace(text, "签到");
        text = HeardLeave().Replace(text, "请假");
        // 推迟 heard as 推辞 ("党员大会推辞一周"): only before an amount or a new time, where 推辞 (to decline) cannot stand.
        text = HeardDelay().Replace(text, "推迟");
        text = CantoneseNotYet().Replace(text, "没有");
        text = TypedDuesAsWhen().Replace(text, "党");
        return HeardTalk().Replace(text, "谈心");
    }

    [GeneratedRegex(@"(?<=会|党课|党日)\s+(?<verb>改|换|挪|推迟|提前|延后|推后)\s+(?=\S)")]
    private static partial Regex TerseChange();

    [GeneratedRegex(@"^(?<kind>党员大会|支委会|党课|党小组会|主题党日|组织生活会)\s+(?<field>地点|时间)\s+(?=\S)")]
    private static partial Regex TerseFieldChange();

    [GeneratedRegex(@"(?<![提往向超之以目日年天周点时底号分半午晚早月])前(?<measure>个|一下)?到(?!场|齐|达|位|会|这|那|指定|现场|单位|岗|家|[\d一二三四五六七八九十两几]|(上|下)午|晚上|早上|中午|明天|后天|下周|周|星期|礼拜|月|号)")]
    private static partial Regex HeardCheckIn();

    [GeneratedRegex(@"请(?<measure>个|一下|下)?家(?![长教里人属乡中具电访庭务常])")]
    private static partial Regex TypedLeaveAsHome();

    [GeneratedRegex(@"(?<=(会|党课|党日))(该|弄|整|挪)(?=(到|成)(?!场|齐|位|会|点))")]
    private static partial Regex TypedChangeAsOught();

    [GeneratedRegex(@"(?<=[我要想得来])请加(?![入一个上到党人进群强快急班紧深大以])|^请加(?=\s)")]
    private static partial Regex HeardLeave();

    /// <summary>"千到": 签到 heard as a thousand, never inside a number ("一千到两千").</summary>
    [GeneratedRegex(@"(?<![\d一二三四五六七八九十两几百万])千到(?![\d一二三四五六七八九十两几百千万])")]
    private static partial Regex HeardCheckInAlone();

    [GeneratedRegex(@"推辞(?=[一两俩二三四五六七八九十半\d个到])")]
    private static partial Regex HeardDelay();

    [GeneratedRegex(@"谈新(?=$|\s|[,，])")]
    private static partial Regex HeardTalk();

    // Whole words the IME gets wrong, with their context; single characters swapped inside the bot's words are
    // ConfusableWords'.
    private static readonly (string Typed, string Meant)[] TypedHomophones =
    [
        ("签个道", "签个到"), ("清假", "请假"), ("清个假", "请个假"), ("请个价", "请个假"), ("请个驾", "请个假"),
        ("修改会意", "修改会议"), ("取消会意", "取消会议"), ("会意记录", "会议记录"), ("党员名册", "党员名单"),
        ("谈心谈化", "谈心谈话"), ("党远大会", "党员大会"), ("党原大会", "党员大会"),
        ("会义", "会议"), ("主体党日", "主题党日"), ("射为", "设为"), ("党原", "党员"), ("广博", "广播"), ("主题当日", "主题党日"), ("知委会", "支委会"), ("当之委", "当支委"),
        ("党元大会", "党员大会"), ("大惠", "大会"), ("广波", "广播"), ("邀请马", "邀请码"), ("支为会", "支委会"), ("交倒", "交到"), ("交到那个月", "交到哪个月"), ("交到那月", "交到哪月"), ("往其", "往期"),
        ("叫党费", "交党费"), ("党费叫", "党费交"), ("坛心", "谈心"), ("取效", "取消"), ("抬账", "台账"), ("钱到", "签到"), ("匿命", "匿名"),

        // Northern speech: 俺 for 我, 瞅 for 看 ("俺的党费交到啥时候了", "给俺瞅瞅还有谁没交党费").
        ("俺", "我"), ("瞅瞅", "看看"), ("瞅一下", "看一下"), ("瞅", "看"),

        // 咋样 for 怎么样 ("党小组会开得咋样"): the rules read the standard word.
        ("咋样", "怎么样"),

        // Cantonese: 睇 for 看, 咗 for 了, 冇 for 没, 嘅 for 的, 咩 for 什么, 今个月 for 这个月 ("帮我睇下有咩会"); a question closed by 未
        // after 咗 ("交咗党费未") is 没有 (CantoneseNotYet).
        ("睇", "看"), ("咗", "了"), ("冇", "没"), ("嘅", "的"), ("咩", "什么"), ("今个月", "这个月"),
    ];

    [GeneratedRegex(@"(?<=了[\u4e00-\u9fa5]{0,8})未(?=[?？]?$)")]
    private static partial Regex CantoneseNotYet();

    /// <summary>党 typed as 当 right after paying ("我想交一下当费"); elsewhere 当费 may be a real word's part ("相当费劲").</summary>
    [GeneratedRegex(@"(?<=(交|缴)(一下|下|个|上|了|完)?)当(?=费)")]
    private static partial Regex TypedDuesAsWhen();

    [GeneratedRegex(@"多久|多长时间|几次|(一|几|两|三|半)(个)?(月|季度|年|周|星期)(开|召开|搞)?一次|每月|每个月|每季度|每个季度|每季|每年|都得|都要|规定|应该|必须|要求|一般|怎么(?!样)|如何|是什么(?!时候)|什么是|流程|程序|条件|才能|才可以|哪些内容|有什么用|为什么|后果|会怎样|会怎么样|有什么区别|有什么不同|区别|什么意思|算不算|(如果|假如|万一|要是).{0,20}(吗|是不是|要不要|需不需要|能不能|可不可以|怎么|得不得)")]
    private static partial Regex RulesQuestion();

    [GeneratedRegex(@"^(我|俺)(刚才|刚刚|已经|到底|今天)?(签到|签上)(成功)?了?(吗|么|没有|没)$|^(我|俺)(有没有|是不是|是否)(已经)?签(到|上)了?(成功)?$")]
    private static partial Regex OwnCheckIn();

    [GeneratedRegex(@"(吗|么|呢|要不要|能不能|可不可以|是不是)[？?]?$")]
    private static partial Regex YesNoQuestion();

    [GeneratedRegex(@"还是.{0,12}(好|呢|吧|还没想好|没想好|不确定)|还没想好|没想好|还没定|没定下来|还没确定|定不下来|再想想|想想再说|考虑(一下|考虑)?再说|商量(一下|商量)?再说|拿不准|犹豫|你看着办|你看怎么")]
    private static partial Regex Undecided();

    [GeneratedRegex(@"^(我|俺)|(所以|因为|由于|那个|这个|麻烦|帮我|帮忙|一下|的话|想要|想|需要|得|哈|吧|呀|啊)|了$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(我|俺)(要(?=.))?|^(那个|这个)(?=[,，]|$)|^想(?!法)|所以|因为|由于|麻烦(您|你)?|帮我|帮忙|一下|的话|想要|我想|^需要|我得|^要|^得|^(我|已经)?(安排|约|预约|报名)了(?=.)|哈|吧|呀|啊|呗|^本人|^(原因|理由|事由)(是|为|就是)?:?")]
    private static partial Regex Connectives();

    /// <summary>"要考试😭": an emoji or a symbol says how the member feels, nothing a secretary keeps on the leave list.</summary>
    [GeneratedRegex(@"[\p{So}\p{Cs}\p{Sk}\uFE0F\u200D]+")]
    private static partial Regex Pictographs();

    [GeneratedRegex(@"要.{1,12}了$")]
    private static partial Regex AboutTo();

    [GeneratedRegex(@"[,，。;；!！\n]")]
    private static partial Regex ClauseBreak();

    /// <summary>A form of address or a polite opening ("书记，", "王书记", "不好意思", "您好").</summary>
    [GeneratedRegex(@"^([\u4e00-\u9fa5]{0,2}书记|不好意思|抱歉|您好|你好|打扰了|麻烦了|谢谢(您|你)?)+$|^([\u4e00-\u9fa5]{0,2}书记)(?=[我您你])")]
    private static partial Regex Address();

    [GeneratedRegex(@"^(了|的|啊|吧|呀|哦|呢|嘛|呗|哈|啦)+$")]
    private static partial Regex Particles();

    [GeneratedRegex(@"^(谢谢(您|你)?|多谢|辛苦了?|麻烦了|不好意思|抱歉|拜托了?)$")]
    private static partial Regex Courtesy();
}
