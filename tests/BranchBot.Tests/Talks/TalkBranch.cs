using BranchBot.Core;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Talks;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Talks;

/// <summary>
/// A claimed branch for 谈心谈话 domain tests: the whole bot (in-memory LiteDB, fake clock at Wed 2026-11-25 10:00
/// Beijing) with the test content protector, members made through MembershipService, and every log line recorded.
/// </summary>
internal sealed class TalkBranch : IAsyncDisposable
{
    private TalkBranch(BotHarness bot, RecordingLoggerProvider logs)
    {
        Bot = bot;
        Logs = logs;
    }

    public BotHarness Bot { get; }

    public RecordingLoggerProvider Logs { get; }

    public Member Secretary { get; private set; } = null!;

    public FeedbackService Feedback => Service<FeedbackService>();

    public FollowUpService FollowUps => Service<FollowUpService>();

    public SuggestionService Suggestions => Service<SuggestionService>();

    public TalkRecordService Talks => Service<TalkRecordService>();

    public TalkCoverageService Coverage => Service<TalkCoverageService>();

    public TalkPlanService Plans => Service<TalkPlanService>();

    public AuditLog Audit => Service<AuditLog>();

    public IFeedbackStore FeedbackStore => Service<IFeedbackStore>();

    public static CancellationToken None => CancellationToken.None;

    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static async Task<TalkBranch> CreateAsync(Action<TalkOptions>? talkOptions = null)
    {
        var logs = new RecordingLoggerProvider();
        var bot = new BotHarness(services =>
        {
            services.AddSingleton<IContentProtector, TestContentProtector>();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            if (talkOptions is not null)
            {
                services.Configure(talkOptions);
            }
        });
        var branch = new TalkBranch(bot, logs);
        var claimed = await bot.Membership.ClaimBranchAsync(BotHarness.SetupCode, "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), None);
        branch.Secretary = claimed.Value ?? throw new InvalidOperationException(claimed.Problem?.ToString());
        return branch;
    }

    public T Service<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    public async Task<Member> AddAsync(string name, MemberRole role = MemberRole.Member)
    {
        var added = await Bot.Membership.AddMemberAsync(name, null, None);
        Assert.True(added.Succeeded, added.Problem?.ToString());
        if (role != MemberRole.Member)
        {
            var changed = await Bot.Membership.ChangeRoleAsync(name, role, Secretary, None);
            Assert.True(changed.Succeeded, changed.Problem?.ToString());
        }

        return await MemberAsync(name);
    }

    public async Task<Member> MemberAsync(string name) =>
        await Bot.Membership.FindByNameAsync(name, None) ?? throw new InvalidOperationException(name);

    /// <summary>Records a talk and fails the test when it is refused.</summary>
    public async Task<TalkRecordView> RecordAsync(Member author, string otherName, string topics = "交流了近期学习体会", DateOnly? date = null, string? issues = null)
    {
        var recorded = await Talks.RecordTalkAsync(author, otherName, new TalkEntry(topics, date, TalkForm.InPerson, issues), None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());
        return recorded.Value!;
    }

    /// <summary>Answers all four questions (null skips) and submits.</summary>
    public async Task<Outcome<FeedbackSubmitted, TalkProblem>> GiveFeedbackAsync(Member member, string?[] answers, bool? visitWanted = null)
    {
        foreach (var (topic, text) in FeedbackTopics.InOrder.Zip(answers))
        {
            var saved = text is null
                ? await Feedback.SkipAsync(member, topic, None)
                : await Feedback.AnswerAsync(member, topic, text, None);
            Assert.True(saved.Succeeded, saved.Problem?.ToString());
        }

        return await Feedback.SubmitAsync(member, visitWanted, None);
    }

    /// <summary>A collection as raw BSON, the way it sits in the database file.</summary>
    public IReadOnlyList<BsonDocument> Raw(string collection) =>
        [.. Service<LiteDbContext>().Database.GetCollection(collection).FindAll()];

    public void SetNow(DateTimeOffset now) => Bot.Clock.SetUtcNow(now);

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
