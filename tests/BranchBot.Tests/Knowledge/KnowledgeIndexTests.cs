using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = new(KnowledgeFiles.AllEntries());

    /// <summary>Rules for three-entry indexes, where the shipped topic and margin floors say little: one rule at a time.</summary>
    private static readonly KnowledgeThresholds Loose = new(Answer: 0.2, Margin: 0) { TopicSupport = 0.1, AnswerDespiteOtherIntent = 0.15 };

    [Fact]
    public void A_colloquial_question_is_answered_with_its_entry_and_the_closest_others_follow()
    {
        var result = Index.Search("支委会一个月得开几回", top: 3);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("支委会多长时间开一次？", result.Answer?.Question);
        Assert.Equal(3, result.Matches.Count);
        Assert.True(result.Matches[0].Score >= result.Matches[1].Score);
    }

    [Theory]
    [InlineData("明天上海天气如何")]
    [InlineData("帮我写个排序算法")]
    [InlineData("")]
    public void Questions_outside_party_rules_are_declined_without_an_answer(string question)
    {
        var result = Index.Search(question);

        Assert.Equal(KnowledgeVerdict.OutOfScope, result.Verdict);
        Assert.Null(result.Answer);
    }

    [Theory]
    [InlineData("请假需要提前几天")]
    [InlineData("开会请假一般提前几天说")]
    public void Leave_asked_in_a_branch_chat_is_about_organisational_life(string question)
    {
        var result = Index.Search(question);

        Assert.NotEqual(KnowledgeVerdict.OutOfScope, result.Verdict);
        Assert.Equal("请假要提前多久？", result.Matches[0].Entry.Question);
    }

    [Theory]
    [InlineData("赞成票要超过多少才行")]
    [InlineData("对组织的决定能保留意见吗")]
    public void Votes_and_reserved_views_are_rules_questions_without_a_party_word(string question)
    {
        Assert.NotEqual(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>Regulation words members use without 党 or a committee word: disposal of members, duties, training hours.</summary>
    [Theory]
    [InlineData("劝退不听咋办")]
    [InlineData("积分制管理是啥 是规定吗")]
    [InlineData("主体责任谁来担")]
    [InlineData("集中培训少于24学时算不算数")]
    [InlineData("出去打工半年以上关系要转吗")]
    [InlineData("毕业了还没工作 关系挂哪里")]
    [InlineData("预审 谁审")]
    [InlineData("软弱涣散整顿")]
    [InlineData("公示几天")]
    [InlineData("32学时")]
    public void Rules_words_without_a_party_word_are_in_scope(string question)
    {
        Assert.NotEqual(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    [Theory]
    [InlineData("社保关系怎么转")]
    [InlineData("户口关系转到哪")]
    public void Moving_another_record_is_not_a_rules_question(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>Vetting for the civil service or the army and the Youth League's records are no branch rules (政审, 关系转).</summary>
    [Theory]
    [InlineData("考公政审查不查亲戚")]
    [InlineData("当兵政审查什么")]
    [InlineData("参军入伍政审要多久")]
    [InlineData("换单位了团关系咋转过去")]
    public void Other_vetting_and_the_youth_leagues_records_are_not_rules_questions(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>Older members' 组织上 is the Party organisation: their question is a rules question.</summary>
    [Fact]
    public void The_organisation_as_older_members_name_it_is_in_scope()
    {
        Assert.NotEqual(KnowledgeVerdict.OutOfScope, Index.Search("对组织上的决定有意见能不能向上级反映").Verdict);
    }

    /// <summary>A job, a school or a city uses 劝退, 除名, 积分制 and 主体责任 too; 关系 with 好转 or 放弃 is a person's.</summary>
    [Theory]
    [InlineData("公司劝退员工要给补偿吗")]
    [InlineData("学校除名了还能复学吗")]
    [InlineData("积分制落户需要啥条件")]
    [InlineData("安全生产主体责任是啥")]
    [InlineData("新员工集中培训一般几天")]
    [InlineData("考研拟录取公示几天")]
    [InlineData("驾照学时不够能考试吗")]
    [InlineData("职称继续教育学时怎么查")]
    [InlineData("婆媳关系咋才能好转")]
    [InlineData("跟同事关系处不好想放弃了")]
    public void Rules_words_used_by_a_job_a_school_or_a_family_are_not_rules_questions(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>Other bodies elect, vet and sit in office too; without 党 their questions are not the branch's rules.</summary>
    [Theory]
    [InlineData("居委会换届选举几年一次")]
    [InlineData("学生会选举要差额吗")]
    [InlineData("工会委员会委员任期几年")]
    [InlineData("团支部书记由谁任命")]
    [InlineData("公务员录用政审看什么")]
    public void Elections_and_vetting_of_other_bodies_are_not_rules_questions(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    [Theory]
    [InlineData("村党支部和村委会能一起换届吗")]
    [InlineData("团支部推优入党是怎么回事")]
    public void Other_bodies_named_beside_the_party_or_in_recruitment_stay_in_scope(string question)
    {
        Assert.NotEqual(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>Known miss of issue 12: 限期改正 ranked first through 正 and 要…什么; the 转正申请 entry now says what it holds.</summary>
    [Fact]
    public void What_to_write_before_full_membership_ranks_the_application_entry_first()
    {
        Assert.Equal("预备党员要交书面转正申请吗？", Index.Search("准备转正了要写啥").Matches[0].Entry.Question);
    }

    [Theory]
    [InlineData("请假扣工资吗")]
    [InlineData("请假要走考勤系统吗")]
    public void Leave_from_a_job_is_not_a_rules_question(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, Index.Search(question).Verdict);
    }

    /// <summary>
    /// Unseen wording matches its entry loosely; an entry holding all the question's topic and asking what it asks
    /// (here: what happens) answers without the wide lead a loose match otherwise needs.
    /// </summary>
    [Fact]
    public void A_loose_match_on_the_whole_topic_asking_what_the_question_asks_is_answered()
    {
        var result = Index.Search("党员半年多没交党费会怎么处理");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("不按时交党费有什么后果？", result.Answer?.Question);
    }

    [Theory]
    [InlineData(KnowledgeIntentAgreement.Agrees, 1.0, 0.12, true)]
    [InlineData(KnowledgeIntentAgreement.NotStated, 1.0, 0.12, false)]
    [InlineData(KnowledgeIntentAgreement.Agrees, 0.9, 0.12, false)]
    [InlineData(KnowledgeIntentAgreement.Agrees, 1.0, 0.08, false)]
    public void Agreeing_intent_lowers_the_margin_only_for_an_entry_holding_the_whole_topic(KnowledgeIntentAgreement intent, double topic, double margin, bool answered)
    {
        var entry = new KnowledgeEntry { Question = "不按时交党费有什么后果？", Answer = "批评教育。", Source = new KnowledgeSource("党章", "第九条"), FileName = "党章.md" };
        var best = new KnowledgeMatch(entry, Score: 1, Coverage: 0.3, Relevance: 0.25) { Intent = intent, TopicCoverage = topic, Margin = margin };

        Assert.Equal(answered, KnowledgeThresholds.Default.Clear(best));
    }

    /// <summary>
    /// A member stating a common mistake as a question (联合党支部可以不建, 党龄从申请书算, 民主评议不是规定) gets the entry
    /// whose answer corrects it.
    /// </summary>
    [Theory]
    [InlineData("联合党支部不建也可以吧", "正式党员不足3人的单位怎么建立党组织？")]
    [InlineData("党龄是不是从交入党申请书算", "党龄从什么时候开始算？")]
    [InlineData("民主评议党员是上面硬性要求的吗", "民主评议党员多久搞一次？")]
    public void A_wrong_premise_reaches_the_entry_that_corrects_it(string question, string entry)
    {
        var result = Index.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(entry, result.Answer?.Question);
    }

    [Fact]
    public void A_party_question_that_matches_nothing_well_is_uncertain_and_keeps_the_closest_entries()
    {
        var strict = new KnowledgeIndex(KnowledgeFiles.AllEntries(), new KnowledgeThresholds(Answer: 0.99, Margin: 0));

        var result = strict.Search("党员可以养宠物吗");

        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Null(result.Answer);
        Assert.NotEmpty(result.Matches);
    }

    [Theory]
    [InlineData("党员能不能去滑雪")]
    [InlineData("党员能不能去钓鱼")]
    public void A_party_question_whose_topic_no_entry_mentions_is_not_answered_with_an_entry_sharing_only_its_question_words(string question)
    {
        var result = Index.Search(question);

        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Null(result.Answer);
        Assert.True(result.Best!.Relevance >= 0.15, "the loose match alone would have passed a relevance-only rule");
        Assert.True(result.Best.TopicCoverage < 0.1);
    }

    [Fact]
    public void A_question_asking_about_what_its_entry_covers_has_full_topic_support()
    {
        var result = Index.Search("党员大会赞成票要多少才过");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.True(result.Best!.TopicCoverage > 0.9);
    }

    [Fact]
    public void A_question_on_an_uncovered_topic_sharing_words_with_the_dues_entries_is_not_answered()
    {
        var result = Index.Search("党费能抵扣个人所得税吗");

        Assert.NotEqual(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Null(result.Answer);
    }

    [Fact]
    public void A_best_entry_barely_ahead_of_the_second_is_not_answered_but_both_are_offered()
    {
        var entries = new[]
        {
            Entry("党委书记由谁选举产生？", "请向上级组织部门咨询。", "第十九条"),
            Entry("党委副书记由谁选举产生？", "以本单位的规定为准。", "第二十条"),
            Entry("什么是三会一课？"),
        };
        var withoutMargin = new KnowledgeIndex(entries, Loose);

        var result = new KnowledgeIndex(entries, Loose with { Margin = 0.06 }).Search("书记选举由谁产生");

        Assert.Equal(KnowledgeVerdict.Answered, withoutMargin.Search("书记选举由谁产生").Verdict);
        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Equal(["党委书记由谁选举产生？", "党委副书记由谁选举产生？"], result.Matches.Take(2).Select(m => m.Entry.Question).Order());
    }

    [Fact]
    public void A_runner_up_citing_the_same_article_is_no_rival_so_the_best_entry_answers_despite_the_margin_rule()
    {
        var entries = new[]
        {
            Entry("党委书记由谁选举产生？", "请向上级组织部门咨询。", "第十九条"),
            Entry("党委副书记由谁选举产生？", "以本单位的规定为准。", "第十九条"),
            Entry("什么是三会一课？"),
        };

        var result = new KnowledgeIndex(entries, Loose with { Margin = 0.06 }).Search("书记选举由谁产生");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(1, result.Best!.Margin);
    }

    [Fact]
    public void A_runner_up_sharing_most_of_the_answer_is_no_rival()
    {
        var entries = new[]
        {
            Entry("党委书记由谁选举产生？", "请向上级组织部门咨询，以本单位的规定为准。", "第十九条"),
            Entry("党委副书记由谁选举产生？", "请向上级组织部门咨询，以本单位的规定为准，另行通知。", "第二十条"),
            Entry("什么是三会一课？"),
        };

        var result = new KnowledgeIndex(entries, Loose with { Margin = 0.06 }).Search("书记选举由谁产生");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
    }

    [Fact]
    public void An_entry_asking_something_else_than_the_question_needs_a_closer_match_to_answer()
    {
        var entries = new[] { Entry("党小组长由谁担任？"), Entry("什么是三会一课？"), Entry("党费按月交纳吗？") };
        var index = new KnowledgeIndex(entries, Loose with { AnswerDespiteOtherIntent = 0.9 });
        var lenient = new KnowledgeIndex(entries, Loose with { AnswerDespiteOtherIntent = 0 });

        var result = index.Search("党小组长任期几年");

        Assert.Equal(KnowledgeIntentAgreement.Differs, result.Best?.Intent);
        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Equal(KnowledgeVerdict.Answered, lenient.Search("党小组长任期几年").Verdict);
    }

    [Fact]
    public void A_best_entry_lacking_the_meeting_the_question_names_does_not_answer_when_a_close_entry_names_it()
    {
        var entries = new[]
        {
            Entry("支部大会和党员大会是一回事吗？", "是一回事，支部大会就是党员大会。", "第十一条"),
            Entry("党小组会怎么开？", "党小组会由党小组长召集。", "第十三条"),
            Entry("什么是三会一课？"),
        };
        const string question = "党小组会和党员大会是一回事吗";

        var withoutRule = new KnowledgeIndex(entries, Loose).Search(question);
        var result = new KnowledgeIndex(entries, Loose with { RequireNamedTerms = true }).Search(question);

        Assert.Equal("支部大会和党员大会是一回事吗？", withoutRule.Answer?.Question);
        Assert.True(result.Best!.LacksNamedTerm);
        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Contains(result.Matches, m => m.Entry.Question == "党小组会怎么开？");
    }

    [Fact]
    public void A_best_entry_lacking_a_named_role_and_part_of_the_topic_does_not_answer_even_with_no_close_entry_naming_it()
    {
        var entries = new[]
        {
            Entry("月工资5000元交多少党费？", "月工资5000元的按1%交纳，每月50元。", "第三条"),
            Entry("什么是三会一课？"),
        };
        const string question = "支部书记工资多少";

        var withoutRule = new KnowledgeIndex(entries, Loose).Search(question);
        var result = new KnowledgeIndex(entries, Loose with { RequireNamedTerms = true }).Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, withoutRule.Verdict);
        Assert.True(result.Best!.LacksNamedTerm);
        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
    }

    [Theory]
    [InlineData("党小组会跟党员大会是一回事吗")]
    [InlineData("支委会跟支部大会是同一个会吗")]
    public void The_shipped_index_never_tells_a_question_naming_another_meeting_that_it_is_the_general_meeting(string question)
    {
        var result = Index.Search(question);

        Assert.NotEqual("支部大会和党员大会是一回事吗？", result.Answer?.Question);
    }

    private static KnowledgeEntry Entry(string question, string answer = "按规定办理。", string? article = null) => new()
    {
        Question = question,
        Answer = answer,
        Source = new KnowledgeSource("《中国共产党支部工作条例（试行）》", article),
        FileName = "test.md",
    };
}
