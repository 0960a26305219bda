using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Talks;
using BranchBot.Scheduling;
using BranchBot.Tests.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Nudges;

/// <summary>
/// A branch of 王书记 (the only committee member), 张三 and 李四: two 支委与党员 pairs to cover each year. Time is the
/// harness's fake clock; the nudges are run directly, as the daily 09:30 job would.
/// </summary>
internal sealed class TalkNudgeScenario : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private TalkNudgeScenario(SchedulerBot bot)
    {
        Bot = bot;
        (Secretary, Zhang, Li) = SchedulerScenario.Branch(bot);
        Drain();
    }

    public SchedulerBot Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript Zhang { get; }

    public ConversationScript Li { get; }

    public TalkNudges Nudges => Bot.Services.GetRequiredService<TalkNudges>();

    /// <summary>The branch, with the clock moved forward to <paramref name="localStart"/> (Beijing) when given, else the harness start (Wed 25 Nov 2026 10:00).</summary>
    public static TalkNudgeScenario Start(DateTime? localStart = null) =>
        new(new SchedulerBot(startAt: localStart is { } start ? new DateTimeOffset(start, Beijing) : null));

    public void SetLocalTime(DateTime local) => Bot.Bot.Clock.SetUtcNow(new DateTimeOffset(local, Beijing));

    public DateTime LocalNow => Bot.Bot.Clock.GetUtcNow().ToOffset(Beijing).DateTime;

    public Task<Member> MemberAsync(string userId) => Bot.MemberAsync(userId);

    /// <summary>What the bot sent to the person since last read.</summary>
    public IReadOnlyList<string> Take(ConversationScript person) => SchedulerScenario.Take(Bot, person);

    public void Drain()
    {
        Take(Secretary);
        Take(Zhang);
        Take(Li);
    }

    public async Task RecordTalkAsync(string authorUserId, string otherName)
    {
        var outcome = await Bot.Services.GetRequiredService<TalkRecordService>()
            .RecordTalkAsync(await MemberAsync(authorUserId), otherName, new TalkEntry("交流近期学习体会"), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
    }

    /// <summary>Stores a submitted 谈心 with a hardship and its 必访 task, as the feedback service does on submit.</summary>
    public async Task<FollowUpTask> FollowUpAsync(string userId, DateOnly dueDate, HardshipKind kind, string answer)
    {
        var member = await MemberAsync(userId);
        var protector = Bot.Services.GetRequiredService<IContentProtector>();
        var record = new FeedbackRecord
        {
            Id = FeedbackRecord.NewId(),
            MemberId = member.Id,
            Date = DateOnly.FromDateTime(LocalNow),
            Answers = [new ProtectedAnswer(FeedbackTopic.LifeHelp, protector.Protect(answer))],
            Hardships = [kind],
            VisitWanted = true,
            SubmittedAt = Bot.Bot.Clock.GetUtcNow(),
        };
        var task = new FollowUpTask
        {
            Id = FollowUpTask.NewId(),
            MemberId = member.Id,
            FeedbackId = record.Id,
            Kinds = [kind],
            VisitWanted = true,
            CreatedAt = Bot.Bot.Clock.GetUtcNow(),
            DueDate = dueDate,
        };
        await Bot.Services.GetRequiredService<IFeedbackStore>().SubmitAsync(record, [task], null, CancellationToken.None);
        return task;
    }

    public async Task CompleteAsync(FollowUpTask task)
    {
        var outcome = await Bot.Services.GetRequiredService<FollowUpService>()
            .CompleteFollowUpAsync(await MemberAsync("secretary"), task.Id, "已上门看望", CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
