using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.WebConsole;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Quartz;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// 组织关系转接 between two branches in chat: 王书记 moves 张三 from 机关第一党支部 to 第二党支部. 张三's history stays
/// behind (the old branch's 台账 still counts the 主题党日 he attended), his next turn and reminders come from the new
/// branch, both branches' 操作日志 record it, and all of it holds after a restart.
/// </summary>
public class TransferConversationTests
{
    [Fact]
    public async Task A_member_moves_with_history_kept_behind_reminders_from_the_new_branch_and_it_survives_a_restart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"branchbot-transfer-{Guid.NewGuid():N}.db");
        var connection = $"Filename={path};Connection=shared";
        try
        {
            await using (var bot = new BotHarness(connectionString: connection))
            {
                var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);
                wang.Send("补录 11月20日下午3点 主题党日 重温入党誓词 全体出席").ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已补录");
                li.Send("安排 党员大会 后天下午3点 二楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
                zhao.ExpectNotification("【会议通知】党员大会");
                bot.DeliverOutbox();
                bot.Channel.TakeFor(zhang.ConversationId);
                bot.Channel.TakeFor(li.ConversationId);

                wang.Send("转接 张三 到 第二党支部")
                    .ExpectReply("确认将「张三」的组织关系从「机关第一党支部」转到「第二党支部」吗？").WithButtons("是", "否")
                    .Send("是").ExpectReply("已将「张三」的组织关系转到「第二党支部」，已通知本人和对方支部书记。其历史记录保留在「机关第一党支部」。");
                zhang.ExpectNotification("【组织关系转接】你的组织关系已从「机关第一党支部」转入「第二党支部」");
                li.ExpectNotification("【组织关系转入】党员「张三」的组织关系已从「机关第一党支部」转入本支部（第二党支部），已绑定聊天账号");

                zhang.Send("我的信息").ExpectReply("第二党支部");
                zhang.Send("近期安排").ExpectReply("二楼会议室");
                li.Send("党员名单").ExpectReply("共 3 名党员");
                Assert.Contains("张三", li.LastReplyText, StringComparison.Ordinal);
                wang.Send("党员名单").ExpectReplyNotContaining("王书记", "张三");
                wang.Send("台账 2026年第四季度").ExpectReply("2026年第四季度组织生活台账");
                Assert.Contains("2026年11月：应开1次，已开1次 · 达标", wang.LastReplyText, StringComparison.Ordinal);

                await ReminderOfTheSecondBranchAsync(bot);
                zhang.ExpectNotification("【会议提醒】党员大会");
                Assert.Empty(bot.Channel.TakeFor(wang.ConversationId));

                var scopes = bot.Services.GetRequiredService<IBranchScopes>();
                var second = (await scopes.OpenBranchIdsAsync(CancellationToken.None))[1];
                Assert.Contains(await AuditAsync(bot.Services), e => e.Action == MemberTransferService.AuditOut && e.Detail == "张三 转至 第二党支部" && e.MemberName == "王书记");
                Assert.Contains(await AuditAsync(scopes.For(second)), e => e.Action == MemberTransferService.AuditIn && e.Detail == "张三 自 机关第一党支部 转入");
            }

            await using var restarted = new BotHarness(connectionString: connection);
            restarted.User("zhang", "张三").Send("我的信息").ExpectReply("第二党支部")
                .Send("近期安排").ExpectReply("二楼会议室");
            var secretary = restarted.User("secretary", "王书记");
            secretary.Send("党员名单").ExpectReplyNotContaining("王书记", "张三");
            secretary.Send("台账 2026年第四季度").ExpectReply("2026年第四季度组织生活台账");
            Assert.Contains("2026年11月：应开1次，已开1次 · 达标", secretary.LastReplyText, StringComparison.Ordinal);
            restarted.User("li", "李书记").Send("党员名单").ExpectReply("共 3 名党员");
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_natural_sentence_asks_the_same_question_and_no_leaves_everything_as_it_was()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, _, _) = TwoBranchScript.Start(bot);

        wang.Send("把张三的组织关系转到第二党支部去").ExpectReply("确认将「张三」的组织关系从「机关第一党支部」转到「第二党支部」吗？")
            .Send("否").ExpectReply("好的，没有转接。");
        zhang.Send("我的信息").ExpectReply("机关第一党支部");
        wang.Send("党员名单").ExpectReply("张三");
    }

    [Fact]
    public async Task A_branch_name_that_matches_several_is_asked_back_with_buttons()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, _, _) = TwoBranchScript.Start(bot);
        wang.Send("新建支部 第三党支部").ExpectReply("已新建支部「第三党支部」");

        wang.Send("转接 张三 到 党支部").ExpectReply("有几个支部的名称包含「党支部」，请选择要转入哪一个：")
            .WithButtonsIncluding("第二党支部", "第三党支部")
            .Send("第三党支部").ExpectReply("确认将「张三」的组织关系从「机关第一党支部」转到「第三党支部」吗？")
            .Send("是").ExpectReply("已将「张三」的组织关系转到「第三党支部」");
        zhang.SkipReplies().Send("我的信息").ExpectReply("第三党支部");
    }

    [Fact]
    public async Task Moves_that_cannot_be_made_are_refused_in_words()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);
        var organisation = bot.Services.GetRequiredService<IOrganisationStore>();
        var root = (await organisation.ListUnitsAsync(CancellationToken.None)).Single(u => u.IsRoot);
        await organisation.ApplyAsync(new OrganisationChange
        {
            Units = [new OrgUnit { Id = OrgUnit.NewId(), Kind = OrgUnitKind.Branch, Name = "第三党支部", ParentId = root.Id, ClosedAt = bot.Clock.GetUtcNow() }],
        }, CancellationToken.None);

        zhao.Send("转接 赵六 到 机关第一党支部").ExpectReply("只有本支部书记或党委");
        li.Send("转接 张三 到 机关第一党支部").ExpectReply("本支部没有找到党员「张三」");
        wang.Send("转接 张三 到 机关第一党支部").ExpectReply("该党员已经在「机关第一党支部」，不需要转接。");
        wang.Send("转接 王书记 到 第二党支部").ExpectReply("「王书记」是本支部书记，转出后支部将没有书记。");
        wang.Send("转接 张三 到 第三党支部").ExpectReply("「第三党支部」已经撤销，不能再转入党员。");
        wang.Send("转接 张三 到 第九党支部").ExpectReply("没有找到支部「第九党支部」。可以转入的支部有：第二党支部。").WithButtons("第二党支部");
        wang.Send("取消").SkipReplies();
        li.Send("添加党员 张三").ExpectReply("已添加党员「张三」");
        wang.Send("转接 张三 到 第二党支部").ExpectReply("「第二党支部」已有一位叫「张三」的党员");

        zhang.Send("我的信息").ExpectReply("机关第一党支部");
    }

    private static async Task<IReadOnlyList<ConsoleAuditEntry>> AuditAsync(IServiceProvider services) =>
        await services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);

    /// <summary>Runs the second branch's first meeting reminder through Quartz's job, at its time.</summary>
    private static async Task ReminderOfTheSecondBranchAsync(BotHarness bot)
    {
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var primary = bot.Services.GetRequiredService<BranchContext>().Id;
        var reminders = new List<(ITrigger Trigger, IJobDetail Job)>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(MeetingTriggers.Group), CancellationToken.None))
        {
            var trigger = (await scheduler.GetTrigger(key, CancellationToken.None))!;
            var job = (await scheduler.GetJobDetail(trigger.JobKey, CancellationToken.None))!;
            if (trigger.JobDataMap.GetString(MeetingTriggers.EventKey)!.StartsWith("reminder", StringComparison.Ordinal)
                && job.JobDataMap.GetString(MeetingTriggers.BranchIdKey) is { } branch && branch != primary)
            {
                reminders.Add((trigger, job));
            }
        }

        var (first, detail) = reminders.OrderBy(r => r.Trigger.NextFireTimeUtc).First();
        bot.Clock.SetUtcNow(first.NextFireTimeUtc!.Value);
        var merged = new JobDataMap();
        foreach (var entry in detail.JobDataMap.Concat(first.JobDataMap))
        {
            merged[entry.Key] = entry.Value;
        }

        var context = new Mock<IJobExecutionContext>();
        context.Setup(c => c.MergedJobDataMap).Returns(merged);
        await new MeetingEventJob(bot.Services.GetRequiredService<IBranchScopes>()).Execute(context.Object, CancellationToken.None);
    }
}
