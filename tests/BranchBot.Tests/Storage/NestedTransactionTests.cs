using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.LiteDb.Membership;

namespace BranchBot.Tests.Storage;

/// <summary>
/// A store's own transaction inside a caller's joins it. Before, in shared mode, a nested one (SaveManyAsync inside a
/// seeding InTransaction) lost the outer transaction and every later write of the context once the file was reopened.
/// </summary>
public sealed class NestedTransactionTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-nested-");

    [Theory]
    [InlineData("shared")]
    [InlineData("direct")]
    public async Task A_transaction_inside_another_and_every_write_after_it_are_stored(string mode)
    {
        var connection = $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection={mode}";
        var meetings = Enumerable.Range(0, 5).Select(i => Meeting(Monday.AddDays(-7 * i))).ToList();
        using (var context = LiteDbContext.Open(connection))
        {
            var store = new LiteDbMeetingStore(context);
            context.InTransaction(() =>
            {
                store.SaveManyAsync(meetings, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                store.SaveAttendanceAsync(new AttendanceRecord { MeetingId = meetings[0].Id, MemberId = "m1", Status = AttendanceStatus.CheckedIn, At = Monday }, CancellationToken.None)
                    .AsTask().GetAwaiter().GetResult();
            });
            await new LiteDbMembershipStore(context).ApplyAsync(new MembershipChange { Members = [new Member { Id = "m1", Name = "张三", CreatedAt = Monday }] }, CancellationToken.None);
        }

        using var reopened = LiteDbContext.Open(connection);
        var stored = new LiteDbMeetingStore(reopened);
        Assert.Equal(5, (await stored.ListStartingBetweenAsync(Monday.AddDays(-60), Monday.AddDays(1), CancellationToken.None)).Count);
        Assert.Single(await stored.ListAttendanceAsync(meetings[0].Id, CancellationToken.None));
        Assert.Single(await new LiteDbMembershipStore(reopened).ListMembersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failure_inside_the_inner_transaction_rolls_the_outer_back()
    {
        var connection = $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";
        using var context = LiteDbContext.Open(connection);
        var store = new LiteDbMeetingStore(context);
        Assert.Throws<InvalidOperationException>(() => context.InTransaction(() =>
        {
            store.SaveManyAsync([Meeting(Monday)], CancellationToken.None).AsTask().GetAwaiter().GetResult();
            context.InTransaction(() => throw new InvalidOperationException("the disk is gone"));
        }));

        Assert.Empty(await store.ListStartingBetweenAsync(Monday.AddDays(-1), Monday.AddDays(1), CancellationToken.None));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static Meeting Meeting(DateTimeOffset start) => new()
    {
        Id = BranchBot.Core.Meetings.Meeting.NewId(),
        Kind = MeetingKind.ThemedPartyDay,
        StartsAt = start,
        EndsAt = start.AddHours(2),
        Place = "党员活动室",
        Topic = "学习党章",
        Audience = MeetingAudience.Branch,
        HostMemberId = "m1",
        CreatedBy = "m1",
        CreatedAt = start.AddDays(-7),
    };
}
