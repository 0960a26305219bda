using BranchBot.Core.PartyDevelopment;
using BranchBot.Tests.Talks.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.PartyDevelopment.Chat;

/// <summary>
/// 发展党员 in chat: 王书记 (书记), 李四 (支委), 张三 and 赵六 (党员); the clock starts on Wednesday 2026-11-25.
/// </summary>
public class DevelopmentConversationTests
{
    [Fact]
    public async Task An_application_opens_the_file_with_the_talk_due_within_a_month()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);

        branch.Secretary.Send("入党申请 钱七 11月20日").ExpectReply("已为钱七建立发展党员档案：2026年11月20日（星期五）递交入党申请书。");
        Assert.Contains("下一步：申请人谈话，应于2026年12月20日（星期日）前完成。", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("入党申请 钱七 今天").ExpectReply("钱七已有发展党员档案（入党申请人）")
            .Send("发展党员 钱七").ExpectReply("【发展党员档案】钱七，入党申请人");
        Assert.Contains("· 期限：收到申请书一个月内谈话，2026年12月20日（星期日）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_out_of_order_is_refused_with_its_article_and_the_secretary_records_it_as_an_exception_with_a_reason()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月2日").ExpectReply("已为钱七建立发展党员档案");

        branch.Li.Send("记录 钱七 确定为积极分子 11月24日")
            .ExpectReply("不能记录「确定入党积极分子」：先与申请人谈话，再经党员推荐、群团组织推优，由支委会研究确定入党积极分子并报上级党委备案（《中国共产党发展党员工作细则》第八条）。");
        Assert.Contains("请支部书记在消息末尾加「例外 原因」记录。", branch.Li.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("记录 钱七 确定为积极分子 11月24日").ExpectReply("要作为例外记录吗？")
            .Send("否").ExpectReply("好的，没有记录。")
            .Send("记录 钱七 确定为积极分子 11月24日").ExpectReply("要作为例外记录吗？")
            .Send("是").ExpectReply("请说明例外的原因")
            .Send("谈话已在11月初进行，补记").ExpectReply("已记录：钱七 2026年11月24日（星期二） 确定入党积极分子。现为入党积极分子。");
        Assert.Contains("此步骤作为例外记录，原因：谈话已在11月初进行，补记", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("发展党员 钱七").ExpectReply("⚠ 例外记录（先与申请人谈话");
        Assert.Contains("原因：谈话已在11月初进行，补记", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_in_one_line_is_the_secretarys_only()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月2日").ExpectReply("已为钱七建立发展党员档案");

        branch.Li.Send("记录 钱七 积极分子 11月24日 例外 支部决定").ExpectReply("只有支部书记可以作为例外记录。");
        branch.Secretary.Send("记录 钱七 积极分子 11月24日 例外 支部决定").ExpectReply("此步骤作为例外记录，原因：支部决定");
    }

    [Fact]
    public async Task A_step_sent_again_after_its_reply_was_lost_is_recorded_once()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 2025年10月1日").ExpectReply("已为钱七建立发展党员档案")
            .Send("记录 钱七 谈话 2025年10月10日").ExpectReply("已记录")
            .Send("记录 钱七 积极分子 2025年11月20日").ExpectReply("现为入党积极分子")
            .SendWhileChannelFails("记录 钱七 考察 2026年5月20日")
            .Send("记录 钱七 考察 2026年5月20日").ExpectReply("这一步已经记录过了，不会重复记录。\n已记录：钱七 2026年5月20日（星期三） 培养考察。现为入党积极分子。")
            .Send("记录 钱七 谈话 2025年10月10日").ExpectReply("这一步已经记录过了，不会重复记录。\n已记录：钱七 2025年10月10日（星期五） 申请人谈话。")
            .Send("记录 钱七 谈话 2025年10月12日").ExpectReply("不能记录「申请人谈话」：这一步已经记录过了");

        branch.Secretary.Send("记录 钱七 发展对象 2026年11月2日").ExpectReply("要作为例外记录吗？")
            .Send("是").ExpectReply("请说明例外的原因")
            .SendWhileChannelFails("上级党委同意提前")
            .Send("上级党委同意提前").ExpectReply("这一步已经记录过了，不会重复记录。\n已记录：钱七 2026年11月2日（星期一） 确定发展对象。现为发展对象。\n此步骤作为例外记录，原因：上级党委同意提前");

        var file = Assert.Single(await bot.Services.GetRequiredService<IDevelopmentStore>().ListAsync(CancellationToken.None));
        Assert.Single(file.Steps, s => s.Kind == DevelopmentStepKind.ActivistReview);
        Assert.Single(file.Steps, s => s.Kind == DevelopmentStepKind.Candidate);
    }

    [Fact]
    public async Task The_secretary_records_the_conversion_in_everyday_words_not_the_admission_again()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        await SaveProbationaryFengAsync(bot);

        branch.Secretary.Send("记录 冯二 支部大会通过转正 2026年8月3日").ExpectReply("已记录：冯二 2026年8月3日（星期一） 支部大会讨论转正。现为预备党员。")
            .Send("记录 冯二 2026年10月9日 转正经上级党委批准").ExpectReply("已记录：冯二 2026年10月9日（星期五） 党委审批转正。现为正式党员");
    }

    [Fact]
    public async Task The_guided_way_picks_the_conversion_for_a_probationary_member_when_a_sentence_names_both_the_meeting_and_the_conversion()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        await SaveProbationaryFengAsync(bot);

        branch.Secretary.Send("记录").ExpectReply("记录哪位同志的发展党员步骤？")
            .Send("冯二").ExpectReply("记录冯二的哪一步？")
            .Send("支部大会通过转正").ExpectReply("这一步是哪一天？")
            .Send("2026年8月3日").ExpectReply("已记录：冯二 2026年8月3日（星期一） 支部大会讨论转正。");
    }

    [Fact]
    public async Task The_guided_way_offers_a_probationary_member_the_steps_still_open_so_the_meeting_is_the_conversion()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        await SaveProbationaryFengAsync(bot);

        branch.Secretary.Send("记录 冯二").ExpectReply("记录冯二的哪一步？")
            .WithButtonsIncluding("支部大会讨论转正", "党委审批延长预备期", "党委审批取消资格").WithoutButton("支部大会讨论接收")
            .Send("算了，先不记了").ExpectReply("没有看懂是哪一步")
            .Send("支部大会").ExpectReply("这一步是哪一天？")
            .Send("8月3日").ExpectReply("已记录：冯二 2026年8月3日（星期一） 支部大会讨论转正。");
    }

    [Fact]
    public async Task The_guided_way_says_at_once_that_a_name_has_no_file()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);

        branch.Secretary.Send("记录").ExpectReply("记录哪位同志的发展党员步骤？")
            .Send("周九").ExpectReply("没有找到「周九」的发展党员档案。");
        branch.Secretary.Send("发展党员台账").ExpectReply("还没有发展党员档案。");
    }

    [Fact]
    public async Task The_committees_approval_of_an_extension_is_its_own_step_before_the_conversion_is_next()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        await SaveProbationaryFengAsync(bot);

        branch.Secretary.Send("记录 冯二 支部大会决定延长预备期半年 8月3日").ExpectReply("已记录：冯二 2026年8月3日（星期一） 延长预备期。现为预备党员。\n下一步：党委审批延长预备期。")
            .Send("发展党员台账").ExpectReply("冯二（下一步：党委审批延长预备期，党委批准后请发送「记录 冯二 党委审批延长预备期 批准日期」）")
            .Send("记录 冯二 9月1日 延长预备期经上级党委批准").ExpectReply("已记录：冯二 2026年9月1日（星期二） 党委审批延长预备期。现为预备党员。\n下一步：支部大会讨论转正，最早2027年2月1日（星期一）。")
            .Send("记录 冯二 9月1日 延长预备期经上级党委批准").ExpectReply("这一步已经记录过了，不会重复记录。")
            .Send("发展党员 冯二").ExpectReply("· 2026年8月3日（星期一） 延长预备期，6个月");
        Assert.Contains("· 2026年9月1日（星期二） 党委审批延长预备期", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancellation_waits_for_the_committees_approval_before_the_file_is_closed()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        await SaveProbationaryFengAsync(bot);

        branch.Secretary.Send("记录 冯二 党委同意取消资格 9月1日").ExpectReply("不能记录「党委审批取消资格」：党委审批的是支部大会作出的取消预备党员资格决议，应先记录「取消资格」（《中国共产党发展党员工作细则》第三十二条）。")
            .Send("否").ExpectReply("好的，没有记录。")
            .Send("记录 冯二 支部大会 8月3日 取消资格").ExpectReply("已记录：冯二 2026年8月3日（星期一） 取消预备党员资格。现为预备党员。\n下一步：党委审批取消资格。")
            .Send("发展党员 冯二").ExpectReplyNotContaining("下一步：党委审批取消资格。", "期限")
            .Send("记录 冯二 党委同意取消资格 9月1日").ExpectReply("已记录：冯二 2026年9月1日（星期二） 党委审批取消资格。现为已取消预备党员资格。")
            .Send("记录 冯二 预备期考察 9月2日").ExpectReply("冯二的档案已办结（已取消预备党员资格）");
    }

    [Fact]
    public async Task A_cancellation_recorded_before_its_approval_was_a_step_tells_the_secretary_to_record_the_committees_approval()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);

        // Stored as files were before the 党委's approval was its own step: the 取消资格 alone, which then closed the file.
        var cancelled = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 8, 1)).Approved(new DateOnly(2025, 9, 1))
            .Then(DevelopmentStepKind.Disqualification, new DateOnly(2026, 8, 4));
        await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(cancelled with { Name = "周九", Id = "pd_zhou" }, CancellationToken.None);

        branch.Secretary.Send("发展党员 周九").ExpectReply("下一步：党委审批取消资格。\n支部大会已于2026年8月4日（星期二）决定取消周九的预备党员资格，须报上级党委审批，批准后档案才办结，此前不能记录其他步骤。党委批准后请发送「记录 周九 党委审批取消资格 批准日期」；党委早已批准、当时没有单独记录的，请补记党委批准的日期。")
            .Send("发展党员台账").ExpectReply("周九（下一步：党委审批取消资格，党委批准后请发送「记录 周九 党委审批取消资格 批准日期」）")
            .Send("记录 周九 预备期考察 11月2日").ExpectReply("不能记录「预备期考察」：支部大会已决定取消预备党员资格，须报上级党委审批；党委作出决定之前不能记录其他步骤，请先记录「党委审批取消资格」（《中国共产党发展党员工作细则》第三十二条）。")
            .Send("否").ExpectReply("好的，没有记录。")
            .Send("记录 周九 党委审批取消资格 2026年9月1日").ExpectReply("已记录：周九 2026年9月1日（星期二） 党委审批取消资格。现为已取消预备党员资格。")
            .Send("发展党员 周九").ExpectReplyNotContaining("【发展党员档案】周九，已取消预备党员资格", "党委批准后请发送");
    }

    [Fact]
    public async Task The_guided_way_asks_whom_which_step_and_which_day_and_asks_again_for_a_date_it_cannot_read()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月20日").ExpectReply("已为钱七建立发展党员档案");

        branch.Li.Send("记录").ExpectReply("记录哪位同志的发展党员步骤？")
            .Send("钱七").ExpectReply("记录钱七的哪一步？").WithButtonsIncluding("申请人谈话", "确定入党积极分子")
            .Send("谈话").ExpectReply("这一步是哪一天？")
            .Send("3月35日").ExpectReply("没有看懂「3月35日」是哪一天")
            .Send("11月22日").ExpectReply("已记录：钱七 2026年11月22日（星期日） 申请人谈话。现为入党申请人。");
        Assert.Contains("下一步：确定入党积极分子。", branch.Li.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_are_asked_for_when_the_message_names_none()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月2日").ExpectReply("已为钱七建立发展党员档案")
            .Send("记录 钱七 谈话 11月10日").ExpectReply("已记录")
            .Send("记录 钱七 积极分子 11月20日").ExpectReply("现为入党积极分子")
            .Send("记录 钱七 培养联系人 11月20日").ExpectReply("培养联系人是谁？")
            .Send("李四 张三 赵六").ExpectReply("培养联系人由一至两名正式党员担任")
            .Send("记录 钱七 培养联系人 李四 11月20日").ExpectReply("已记录：钱七 2026年11月20日（星期五） 指定培养联系人（李四）");
    }

    [Fact]
    public async Task Contacts_answered_as_one_and_the_other_are_two_people()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月2日").ExpectReply("已为钱七建立发展党员档案")
            .Send("记录 钱七 谈话 11月10日").ExpectReply("已记录")
            .Send("记录 钱七 积极分子 11月20日").ExpectReply("现为入党积极分子")
            .Send("记录 钱七 培养联系人 11月20日").ExpectReply("培养联系人是谁？")
            .Send("李四和张三").ExpectReply("已记录：钱七 2026年11月20日（星期五） 指定培养联系人（李四、张三）");
    }

    [Fact]
    public async Task Asking_how_far_someone_has_got_reads_their_file_for_the_committee_only_when_they_have_one()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 钱七 11月20日").ExpectReply("已为钱七建立发展党员档案")
            .Send("入党申请 张三 11月20日").ExpectReply("已为张三建立发展党员档案");

        branch.Li.Send("钱七的入党进度").ExpectReply("【发展党员档案】钱七，入党申请人")
            .Send("钱七到哪一步了").ExpectReply("【发展党员档案】钱七，入党申请人")
            .Send("周九到哪一步了").ExpectReplyNotContaining(string.Empty, "发展党员档案")
            .Send("支部的发展党员情况").ExpectReplyNotContaining(string.Empty, "没有找到「支部」");
        branch.Zhang.Send("钱七的发展党员档案").ExpectReply("发展党员档案只有书记、副书记和支委可以查看和记录")
            .Send("钱七到哪一步了").ExpectReplyNotContaining(string.Empty, "钱七，入党申请人")
            .Send("我到哪一步了").ExpectReply("张三同志，你目前是入党申请人。");
    }

    [Fact]
    public async Task Colloquial_sentences_open_a_file_and_read_it_and_a_missing_date_is_asked_for()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);

        branch.Secretary.Send("钱七交了入党申请书").ExpectReply("钱七是哪一天交的入党申请书？")
            .Send("钱七 今天交了入党申请书").ExpectReply("已为钱七建立发展党员档案：2026年11月25日（星期三）递交入党申请书。")
            .Send("钱七什么时候能转正").ExpectReply("【发展党员档案】钱七，入党申请人");
        branch.Zhang.Send("钱七什么时候能转正").ExpectReply("发展党员档案只有书记、副书记和支委可以查看和记录");
    }

    [Fact]
    public async Task A_person_sees_only_their_own_stage_and_nobody_outside_the_committee_reads_a_file()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 张三 11月20日 本人当面递交").ExpectReply("已为张三建立发展党员档案");

        branch.Zhang.Send("我的入党进度").ExpectReplyNotContaining("张三同志，你目前是入党申请人。\n下一步：申请人谈话。", "本人当面递交");
        Assert.DoesNotContain("2026年", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("我什么时候能转正").ExpectReply("张三同志，你目前是入党申请人。")
            .Send("发展党员 张三").ExpectReply("只有书记、副书记和支委可以使用「发展党员」。")
            .Send("发展党员台账").ExpectReply("只有书记、副书记和支委可以使用「发展党员台账」。")
            .Send("记录 张三 谈话 今天").ExpectReply("只有书记、副书记和支委可以使用「记录步骤」。");
        branch.Zhao.Send("我的入党进度").ExpectReply("支部还没有你的发展党员档案。");
    }

    [Fact]
    public async Task The_ledger_lists_everyone_by_stage_with_overdue_steps_first()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("入党申请 孙八 11月20日").ExpectReply("已为孙八建立发展党员档案")
            .Send("入党申请 钱七 2026年10月1日").ExpectReply("已为钱七建立发展党员档案");

        branch.Li.Send("发展党员台账").ExpectReply("【发展党员台账】共2人\n\n⚠ 有逾期事项（1人）：\n· 钱七，入党申请人：收到申请书一个月内谈话（2026年11月1日（星期日））");
        Assert.Contains("入党申请人：\n· 钱七（下一步：申请人谈话）\n· 孙八（下一步：申请人谈话）", branch.Li.LastReplyText, StringComparison.Ordinal);
        branch.Li.Send("发展党员").ExpectReply("【发展党员台账】共2人");
    }

    [Fact]
    public async Task The_committees_approval_of_the_conversion_is_recorded_by_its_words_and_only_then_the_file_is_a_full_member_with_its_party_standing()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        var converted = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 8, 1)).Approved(new DateOnly(2025, 9, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 7, 25))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2026, 8, 5));
        await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(converted with { Name = "郑一", Id = "pd_zheng" }, CancellationToken.None);

        branch.Secretary.Send("发展党员 郑一").ExpectReply("【发展党员档案】郑一，预备党员");
        Assert.Contains("下一步：党委审批转正，应于2026年11月5日（星期四）前完成", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("党龄", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("记录 郑一 转正审批 11月20日").ExpectReply("党委审批转正。现为正式党员。")
            .Send("发展党员 郑一").ExpectReply("【发展党员档案】郑一，正式党员，党龄自2026年8月1日");
        Assert.Contains("（预备期满之日）起算", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_political_review_over_a_year_old_is_pointed_out_in_the_file_but_the_meeting_is_not_refused()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        var accepted = DevelopmentFiles.AcceptedOn(new DateOnly(2026, 6, 3));
        var waiting = accepted with { Name = "吴十", Id = "pd_wu", Steps = [.. accepted.Steps.Where(s => s.Kind != DevelopmentStepKind.BranchMeeting)] };
        await bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(waiting, CancellationToken.None);

        branch.Secretary.Send("发展党员 吴十").ExpectReply("政治审查于2025年7月3日");
        Assert.Contains("《细则》未规定政审有效期，部分党委要求重新审查，请向上级党委确认。", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("记录 吴十 支部大会 11月20日 应到10 实到9 赞成8").ExpectReply("支部大会讨论接收。现为发展对象。");
    }

    /// <summary>冯二, a 预备党员 since 2025-08-01 (approved 2025-09-01) who asked to become a full member on 2026-07-25.</summary>
    private static Task SaveProbationaryFengAsync(Support.BotHarness bot)
    {
        var probationary = DevelopmentFiles.AcceptedOn(new DateOnly(2025, 8, 1)).Approved(new DateOnly(2025, 9, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 7, 25));
        return bot.Services.GetRequiredService<IDevelopmentStore>().SaveAsync(probationary with { Name = "冯二", Id = "pd_feng" }, CancellationToken.None).AsTask();
    }
}
