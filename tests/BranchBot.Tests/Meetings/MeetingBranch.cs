using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// A claimed branch for domain tests: the whole bot (in-memory LiteDB, fake clock at Wed 2026-11-25 10:00 Beijing)
/// with members made through MembershipService and a listener recording every meeting change.
/// </summary>
internal sealed class MeetingBranch : IAsyncDisposable
{
    private MeetingBranch(BotHarness bot, RecordingMeetingListener listener)
    {
        Bot = bot;
        Listener = listener;
    }

    public BotHarness Bot { get; }

    public RecordingMeetingListener Listener { get; }

    public Member Secretary { get; private set; } = null!;

    public MeetingService Meetings => Bot.Services.GetRequiredService<MeetingService>();

    public AttendanceService Attendance => Bot.Services.GetRequiredService<AttendanceService>();

    public PlanService Plans => Bot.Services.GetRequiredService<PlanService>();

    public ComplianceService Compliance => Bot.Services.GetRequiredService<ComplianceService>();

    public static CancellationToken None => CancellationToken.None;

    /// <summary>An instant given in Beijing time.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static async Task<MeetingBranch> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var listener = new RecordingMeetingListener();
        var bot = new BotHarness(services =>
        {
            services.AddSingleton<IMeetingChangeListener>(listener);
            configure?.Invoke(services);
        });
        var branch = new MeetingBranch(bot, listener);
        var claimed = await bot.Membership.ClaimBranchAsync(BotHarness.SetupCode, "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), None);
        branch.Secretary = claimed.Value ?? throw new InvalidOperationException(claimed.Problem?.ToString());
        return branch;
    }

    /// <summary>Adds a member, optionally in a 党小组 and with a role other than 党员.</summary>
    public async Task<Member> AddAsync(string name, string? group = null, MemberRole role = MemberRole.Member)
    {
        var added = await Bot.Membership.AddMemberAsync(name, group, None);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(added.Problem?.ToString());
        }

        if (role != MemberRole.Member)
        {
            var changed = await Bot.Membership.ChangeRoleAsync(name, role, Secretary, None);
            if (!changed.Succeeded)
            {
                throw new InvalidOperationException(changed.Problem?.ToString());
            }
        }

        return await MemberAsync(name);
    }

    public async Task<Member> MemberAsync(string name) =>
        await Bot.Membership.FindByNameAsync(name, None) ?? throw new InvalidOperationException(name);

    public async Task<string> GroupIdAsync(string name) =>
        (await Bot.Membership.ListGroupsAsync(None)).Single(g => g.Name == name).Id;

    /// <summary>Creates a meeting as the secretary and fails the test when it is refused.</summary>
    public async Task<Meeting> ArrangeAsync(MeetingKind kind, DateTimeOffset start, string? group = null, string? code = null, TimeSpan? duration = null)
    {
        var created = await Meetings.CreateAsync(
            new MeetingDraft { Kind = kind, StartsAt = start, Group = group, CheckInCode = code, Duration = duration, Place = "三楼会议室" },
            Secretary, None);
        Assert.True(created.Succeeded, created.Problem);
        return created.Value!;
    }

    /// <summary>Stores a meeting directly, e.g. one that started in the past, bypassing the creation rules.</summary>
    public async Task<Meeting> StoreAsync(MeetingKind kind, DateTimeOffset start, MeetingAudience? audience = null, bool cancelled = false)
    {
        var meeting = new Meeting
        {
            Id = Meeting.NewId(),
            Kind = kind,
            StartsAt = start,
            EndsAt = start.AddHours(2),
            Audience = audience ?? MeetingAudience.Branch,
            CancelledAt = cancelled ? start.AddDays(-1) : null,
        };
        await Bot.Services.GetRequiredService<IMeetingStore>().SaveAsync(meeting, None);
        return meeting;
    }

    public void SetNow(DateTimeOffset now) => Bot.Clock.SetUtcNow(now);

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}

/// <summary>Records each meeting the domain reports as changed, in order.</summary>
internal sealed class RecordingMeetingListener : IMeetingChangeListener
{
    private readonly List<Meeting> _changes = [];

    public IReadOnlyList<Meeting> Changes
    {
        get
        {
            lock (_changes)
            {
                return [.. _changes];
            }
        }
    }

    public Task OnMeetingChangedAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        lock (_changes)
        {
            _changes.Add(meeting);
        }

        return Task.CompletedTask;
    }
}
