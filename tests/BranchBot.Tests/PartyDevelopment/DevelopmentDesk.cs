using BranchBot.Core;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.PartyDevelopment;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>
/// The 发展党员 service over in-memory LiteDB with a fake clock that starts on <c>today</c> at 10:00 in Beijing:
/// 王书记 (书记), 李四 (支委) and 张三 (党员).
/// </summary>
internal sealed class DevelopmentDesk : IDisposable
{
    private readonly LiteDbContext _context = LiteDbContext.InMemory();

    public DevelopmentDesk(DateOnly today)
    {
        Clock = new FakeTimeProvider(At(today));
        var branch = new BranchContext("A");
        Members = new LiteDbMembershipStore(_context, branch, new MembershipChanges());
        Members.ApplyAsync(new MembershipChange { Members = [Secretary, Committee, Ordinary] }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Store = new LiteDbDevelopmentStore(_context, branch);
        Service = new DevelopmentService(Store, Members, new BranchClock(Clock, Options.Create(new BranchBotOptions())), new DevelopmentWriteLock());
    }

    public Member Secretary { get; } = new() { Id = "m_sec", Name = "王书记", Role = MemberRole.Secretary };

    public Member Committee { get; } = new() { Id = "m_li", Name = "李四", Role = MemberRole.Committee };

    public Member Ordinary { get; } = new() { Id = "m_zhang", Name = "张三" };

    public FakeTimeProvider Clock { get; }

    public IMembershipStore Members { get; }

    public IDevelopmentStore Store { get; }

    public DevelopmentService Service { get; }

    public void Today(DateOnly day) => Clock.SetUtcNow(At(day));

    public async Task RecordAsync(string name, DevelopmentStepKind kind, DateOnly on)
    {
        var outcome = await Service.RecordAsync(Secretary, name, new StepEntry(kind, on), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
    }

    public void Dispose() => _context.Dispose();

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
}
