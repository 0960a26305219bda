using System.Globalization;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Core;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Talks;
using BranchBot.Core.WebConsole;
using BranchBot.Hosting;
using BranchBot.Scheduling;
using Microsoft.Extensions.Hosting.Internal;

namespace BranchBot.MixBench;

/// <summary>
/// Writes a small branch's autumn through the domain services of the code it is built from, so a later version can
/// prove it still reads (and migrates) a database an earlier release wrote: tests/BranchBot.Tests/Storage/Fixtures.
/// The clock runs from 1 September to <see cref="WrittenAt"/> (Beijing time); every date is fixed, so two runs differ
/// only in generated ids, hashes and ciphertext. Members are bound to the chat accounts test|secretary, test|u1..u9.
/// </summary>
internal static class ReleaseFixture
{
    /// <summary>The last moment the fixture's clock shows; the tests read the fixture one day later.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly (string Id, string Name, string Group)[] People =
    [
        ("u1", "李委员", "第一党小组"),
        ("u2", "张三", "第一党小组"),
        ("u3", "赵四", "第一党小组"),
        ("u4", "钱五", "第一党小组"),
        ("u5", "孙六", "第二党小组"),
        ("u6", "周七", "第二党小组"),
        ("u7", "吴八", "第二党小组"),
        ("u8", "郑九", "第二党小组"),
        ("u9", "冯十", "第二党小组"),
    ];

    public static async Task<int> WriteAsync(string databaseFile)
    {
        var path = Path.GetFullPath(databaseFile);
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path} exists; the fixture is written into a new file only.");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = new SettableClock(new DateTimeOffset(2026, 9, 1, 9, 0, 0, Beijing));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = $"Filename={path};Connection=direct",
            ["BranchBot:TimeZone"] = "Asia/Shanghai",
            ["BranchBot:PublicUrl"] = "https://branch.example.cn",
            ["Security:DataKeyFile"] = Path.ChangeExtension(path, ".key"),
            ["Security:SigningKeyFile"] = Path.ChangeExtension(path, ".signing.key"),
            ["Broadcast:MaxPerSecond"] = "0",
            ["Broadcast:RunWorkers"] = "false",
            ["Broadcast:MaxConcurrency"] = "1",
        }).Build();
        var environment = new HostingEnvironment
        {
            EnvironmentName = Environments.Production,
            ApplicationName = "BranchBot",
            ContentRootPath = Path.GetDirectoryName(path)!,
        };

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBranchBot(configuration, environment);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IChannelSender, AcceptingChannelSender>();
#pragma warning disable ASP0000 // no web application here: the tool composes the server's services in a container of its own
        await using var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000

        await new Writer(provider, clock).RunAsync();
        File.Delete(Path.ChangeExtension(path, ".signing.key"));
        Console.WriteLine($"fixture written: {path} (content key {Path.ChangeExtension(path, ".key")})");
        return 0;
    }

    private sealed class Writer(IServiceProvider services, SettableClock clock)
    {
        private readonly CancellationToken _none = CancellationToken.None;

        private T Get<T>()
            where T : notnull => services.GetRequiredService<T>();

        public async Task RunAsync()
        {
            var membership = Get<MembershipService>();
            await membership.PrepareSetupCodeAsync("FIXTURE2", _none);
            var secretary = Must(await membership.ClaimBranchAsync("FIXTURE2", "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), _none));
            await RememberAddressAsync("secretary", "王书记");
            var members = new Dictionary<string, Member>(StringComparer.Ordinal);
            foreach (var (id, name, group) in People)
            {
                var added = Must(await membership.AddMemberAsync(name, group, _none));
                members[name] = Must(await membership.RedeemInviteAsync(added.Invite.Code, new ChatAccount("test", id), _none));
                await RememberAddressAsync(id, name);
            }

            Must(await membership.ChangeRoleAsync("李委员", MemberRole.Committee, secretary, _none));
            members["李委员"] = (await membership.FindByNameAsync("李委员", _none))!;

            // 冯十 has a new phone: a fresh invite waits to be used.
            Must(await membership.RenewInviteAsync("冯十", _none));
            var everyone = members.Values.Prepend(secretary).ToList();

            await MeetingsAsync(secretary, everyone);
            await BroadcastsAsync(secretary, members);
            await TalksAsync(secretary, members);
            await KnowledgeAsync(secretary, members);
            await ConsoleAuditAsync(secretary);

            // The daily duties within a week of the month's end: the plan's occurrence is announced, and the compliance
            // nudge for November's missing 支委会 is sent and marked.
            clock.Now = At(11, 24, 9);
            await Get<DailyDuties>().RunAsync(_none);
            clock.Now = WrittenAt;
            await Get<IDeliveryDispatcher>().RunDueAsync(_none);
        }

        private async Task MeetingsAsync(Member secretary, List<Member> everyone)
        {
            // 补录 of a 党课 held before the branch used the bot.
            Must(await Get<RecordedMeetingService>().RecordAsync(new RecordedMeetingDraft
            {
                Kind = MeetingKind.PartyLecture,
                StartsAt = At(8, 20, 15),
                Place = "党员活动室",
                Topic = "党课：学习新修订的党章",
                Host = "王书记",
                EveryoneAttended = true,
                Minutes = "王书记讲授党课。",
            }, secretary, _none));

            var meetingService = Get<MeetingService>();
            var attendance = Get<AttendanceService>();
            var held = new[]
            {
                new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = At(9, 10, 15), Place = "三楼会议室", Topic = "9月党员大会" },
                new MeetingDraft { Kind = MeetingKind.ThemedPartyDay, StartsAt = At(9, 20, 15), Place = "党员活动室", Topic = "主题党日：重温入党誓词" },
                new MeetingDraft { Kind = MeetingKind.CommitteeMeeting, StartsAt = At(10, 12, 9), Place = "书记办公室", Topic = "研究第四季度工作" },
                new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = At(10, 16, 15), Place = "二楼小会议室", Topic = "党小组学习", Group = "第一党小组" },
                new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = At(11, 6, 15), Place = "三楼会议室", Topic = "11月党员大会" },
            };

            foreach (var draft in held)
            {
                var meeting = Must(await meetingService.CreateAsync(draft, secretary, _none));
                var invited = everyone.Where(m => MeetingAudienceResolver.Includes(meeting.Audience, m)).ToList();

                // The last invited asks for leave the day before and the secretary approves; one other stays away.
                var onLeave = invited[^1];
                clock.Now = meeting.StartsAt.AddDays(-1);
                Must(await attendance.RequestLeaveAsync(onLeave, "出差", meeting.Id, _none));
                Must(await attendance.DecideLeaveAsync(meeting.Id, onLeave.Id, approve: true, secretary, _none));

                clock.Now = meeting.StartsAt.AddMinutes(-5);
                foreach (var member in invited.Take(invited.Count - 2))
                {
                    Must(await attendance.CheckInAsync(member, null, meeting.Id, _none));
                }

                clock.Now = meeting.StartsAt.AddHours(3);
                Must(await meetingService.AddMinutesAsync(meeting.Id, $"{meeting.Topic}：传达学习有关精神，讨论支部近期工作。", secretary, _none));
            }

            // A monthly 主题党日 plan and one more meeting ahead of the fixture's reading day.
            clock.Now = At(11, 10, 9);
            Must(await Get<PlanService>().CreatePlanAsync(new PlanDraft
            {
                Kind = MeetingKind.ThemedPartyDay,
                Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 15, new TimeOnly(15, 0)),
                Place = "党员活动室",
                Topic = "主题党日",
            }, secretary, _none));
            Must(await meetingService.CreateAsync(new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = At(12, 4, 15), Place = "三楼会议室", Topic = "12月党员大会：民主评议党员" }, secretary, _none));
            Must(await meetingService.CreateAsync(new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = At(12, 8, 19), Place = "线上", Topic = "第二党小组学习", Group = "第二党小组" }, secretary, _none));

        }

        private async Task BroadcastsAsync(Member secretary, Dictionary<string, Member> members)
        {
            var broadcasts = Get<BroadcastService>();
            clock.Now = At(11, 12, 9);
            var first = Must(await broadcasts.SendAsync(new BroadcastDraft("请各位党员于本周五前完成学习强国专题学习，收到请回复。", BroadcastAudience.Branch, RequiresAcknowledgement: true), secretary, _none));
            await Get<IDeliveryDispatcher>().RunDueAsync(_none);
            clock.Now = At(11, 12, 10);
            foreach (var name in new[] { "李委员", "张三", "赵四", "孙六", "周七" })
            {
                Must(await broadcasts.AcknowledgeAsync(members[name], first.Broadcast.Number, _none));
            }

            Must(await broadcasts.ReplyAsync(members["钱五"], first.Broadcast.Number, "本周出差，下周一补学。", _none));

            clock.Now = At(11, 18, 9);
            var second = Must(await broadcasts.SendAsync(new BroadcastDraft("11月党费请于20日前交到组织委员处。", BroadcastAudience.Branch, RequiresAcknowledgement: true), secretary, _none));
            await Get<IDeliveryDispatcher>().RunDueAsync(_none);
            clock.Now = At(11, 18, 11);
            Must(await broadcasts.AcknowledgeAsync(members["张三"], second.Broadcast.Number, _none));
            Must(await broadcasts.ReplyAsync(members["吴八"], second.Broadcast.Number, "可以微信转账吗？", _none));

            clock.Now = At(11, 20, 9);
            Must(await broadcasts.SendAsync(new BroadcastDraft("第一党小组本周四下午学习，请准时参加。", BroadcastAudience.Group("第一党小组"), RequiresAcknowledgement: false), secretary, _none));

            Must(await Get<BroadcastPlanService>().CreateAsync(
                new BroadcastPlanDraft("请按时交纳本月党费。", BroadcastAudience.Branch, RequiresAcknowledgement: true, new Recurrence(RecurrenceFrequency.Monthly, 26, new TimeOnly(9, 0))),
                secretary, _none));
        }

        private async Task TalksAsync(Member secretary, Dictionary<string, Member> members)
        {
            clock.Now = At(11, 21, 10);
            var talks = Get<TalkRecordService>();
            Must(await talks.RecordTalkAsync(secretary, "张三", new TalkEntry("工作与学习情况", DateOnly.FromDateTime(clock.Now.Date), Issues: "希望多组织业务培训"), _none));
            Must(await talks.RecordTalkAsync(members["李委员"], "孙六", new TalkEntry("思想动态", DateOnly.FromDateTime(clock.Now.Date), TalkForm.Phone), _none));

            Must(await Get<TalkPlanService>().PlanAsync(secretary, _none));

            // Reading a talk's content is audited.
            Must(await talks.ListForAsync(secretary, "张三", _none));

            var feedback = Get<FeedbackService>();
            var asker = members["周七"];
            await feedback.StartAsync(asker, _none);
            Must(await feedback.AnswerAsync(asker, FeedbackTopic.ThoughtAndStudy, "最近学习比较系统。", _none));
            Must(await feedback.SkipAsync(asker, FeedbackTopic.WorkDifficulties, _none));
            Must(await feedback.AnswerAsync(asker, FeedbackTopic.LifeHelp, "家里老人住院，经济上有些困难。", _none));
            Must(await feedback.SkipAsync(asker, FeedbackTopic.BranchSuggestions, _none));
            Must(await feedback.SubmitAsync(asker, visitWanted: true, _none));

            var other = members["赵四"];
            await feedback.StartAsync(other, _none);
            Must(await feedback.SkipAsync(other, FeedbackTopic.ThoughtAndStudy, _none));
            Must(await feedback.SkipAsync(other, FeedbackTopic.WorkDifficulties, _none));
            Must(await feedback.SkipAsync(other, FeedbackTopic.LifeHelp, _none));
            Must(await feedback.AnswerAsync(other, FeedbackTopic.BranchSuggestions, "建议组织一次红色教育基地参观。", _none));
            Must(await feedback.SubmitAsync(other, visitWanted: false, _none));

            // 吴八 stopped halfway: a draft of today's feedback.
            await feedback.StartAsync(members["吴八"], _none);
            Must(await feedback.AnswerAsync(members["吴八"], FeedbackTopic.ThoughtAndStudy, "正在准备入党积极分子培训。", _none));

            Must(await Get<SuggestionService>().SubmitAnonymousAsync("支部会议可以再精简一些。", _none));
            Must(await Get<SuggestionService>().SubmitAnonymousAsync("希望学习材料提前发。", _none));
        }

        private async Task KnowledgeAsync(Member secretary, Dictionary<string, Member> members)
        {
            clock.Now = At(11, 22, 10);
            Must(await Get<KnowledgeEntryService>().SaveAsync(
                new KnowledgeEntryDraft("本支部党费交给谁", ["党费交到哪里"], "本支部党费交给组织委员李委员，每月20日前。", "支部答复"), secretary, _none));
            Must(await Get<KnowledgeEntryService>().SaveAsync(
                new KnowledgeEntryDraft("支部活动室在哪里", [], "党员活动室在办公楼三楼东侧。", "支部答复"), secretary, _none));

            var answers = Get<KnowledgeFeedbackService>();
            var logged = await answers.RecordDuesAsync("月薪8000交多少党费", members["张三"], _none);
            Must(await answers.RateAsync(logged.Id, helpful: true, members["张三"], _none));
            await answers.RecordDuesAsync("退休党员党费怎么算", members["孙六"], _none);

            var questions = Get<PendingQuestionService>();
            Must(await questions.ForwardAsync("入党积极分子培养期多长？", members["赵四"], _none));
            Must(await questions.ForwardAsync("流动党员怎么参加组织生活？", members["吴八"], _none));
            Must(await questions.AnswerAsync(1, "一般不少于一年。", secretary, _none));
        }

        private async Task ConsoleAuditAsync(Member secretary)
        {
            var audit = Get<IConsoleAuditStore>();
            await audit.AppendAsync(new ConsoleAuditEntry { Id = ConsoleAuditEntry.NewId(), At = At(11, 22, 14), MemberId = secretary.Id, MemberName = secretary.Name, Action = "登录" }, _none);
            await audit.AppendAsync(new ConsoleAuditEntry { Id = ConsoleAuditEntry.NewId(), At = At(11, 22, 14).AddMinutes(3), MemberId = secretary.Id, MemberName = secretary.Name, Action = "导出台账", Detail = "2026年第4季度" }, _none);
        }

        private async Task RememberAddressAsync(string userId, string name) =>
            await Get<IChatAddressStore>().SaveAsync(
                new ChatAddress("test", userId, name, $"conv-test-{userId}", "https://channel.test/", "bot", "BranchBot", null, "zh-CN", clock.Now), _none);

        private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, Beijing);

        private static T Must<T, TProblem>(Outcome<T, TProblem> outcome)
            where TProblem : class =>
            outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The fixture's step failed: {outcome.Problem}"));
    }

    /// <summary>The fixture's clock: moved by hand from one step to the next.</summary>
    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }

    /// <summary>A channel that takes every message, so the outbox records the broadcasts as delivered.</summary>
    internal sealed class AcceptingChannelSender : IChannelSender
    {
        private int _sent;

        public Task<ResourceResponse> SendAsync(Activity activity, SendAttempts attempts, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse($"fixture-{Interlocked.Increment(ref _sent)}"));
    }
}
