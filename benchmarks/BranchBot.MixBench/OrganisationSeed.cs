using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;

namespace BranchBot.MixBench;

/// <summary>
/// Grows a seeded branch (see Program.cs, <c>seed</c>) into an organisation for benchmarks/run-organisation.sh:
/// <c>org DATABASE BRANCHES</c> adds BRANCHES-1 claimed branches beside the first, each with as many members as the
/// first (a 书记, two 支委, one 党小组; bound to emulator|uN, numbering on from the first branch's members) and two
/// quarters of meetings with attendance: each month a 主题党日, a 支委会 and a 党小组会, each quarter a 党员大会 and a
/// 党课, and a 党员大会 ahead. Every tenth branch has held no 主题党日 this month, every seventh no 党员大会 this
/// quarter, so the overview and the 组织委员's summary have something to report. The first branch's 书记 (u0) is made
/// the organisation's 组织委员. Written through the LiteDB stores of each branch, one transaction per branch.
/// </summary>
internal static class OrganisationSeed
{
    public static async Task<int> RunAsync(string database, int branches)
    {
        using var context = LiteDbContext.Open(database, Directory.GetCurrentDirectory());
        var organisation = new LiteDbOrganisationStore(context);
        var units = await organisation.ListUnitsAsync(CancellationToken.None);
        var root = units.Single(u => u.IsRoot);
        var first = new LiteDbMembershipStore(context);
        var firstMembers = (await first.ListMembersAsync(CancellationToken.None)).Where(m => m.IsActive).ToList();
        var secretary = firstMembers.Single(m => m.Role == MemberRole.Secretary);
        var now = TimeProvider.System.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var local = TimeZoneInfo.ConvertTime(now, zone);

        var added = Enumerable.Range(2, branches - 1).Select(k => new OrgUnit
        {
            Id = OrgUnit.NewId(),
            Kind = OrgUnitKind.Branch,
            Name = $"第{k}党支部",
            ParentId = root.Id,
            ClaimedAt = now.AddYears(-1),
        }).ToList();
        await organisation.ApplyAsync(new OrganisationChange
        {
            Units = added,
            Roles = [new OrgRole(secretary.Id, root.Id, OrgRoleKind.OrganisationCommittee)],
        }, CancellationToken.None);

        var account = firstMembers.Count;
        var meetingCount = 0;
        var attendanceCount = 0;
        for (var b = 0; b < added.Count; b++)
        {
            var branch = new BranchContext(added[b].Id);
            var group = new PartyGroup { Id = PartyGroup.NewId(), Name = "第一党小组", CreatedAt = now.AddYears(-1) };
            var members = Enumerable.Range(0, firstMembers.Count).Select(i => new Member
            {
                Id = Member.NewId(),
                Name = $"{added[b].Name}党员{i}",
                Role = i == 0 ? MemberRole.Secretary : i < 3 ? MemberRole.Committee : MemberRole.Member,
                GroupId = group.Id,
                ChatAccounts = [new ChatAccount("emulator", $"u{account++}")],
                CreatedAt = now.AddYears(-1),
            }).ToList();
            await new LiteDbMembershipStore(context, branch).ApplyAsync(new MembershipChange { Members = members, Groups = [group] }, CancellationToken.None);

            var meetings = MeetingsOf(b + 2, members[0].Id, group.Id, local, now);
            var store = new LiteDbMeetingStore(context, branch);
            context.InTransaction(() =>
            {
                store.SaveManyAsync(meetings, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                foreach (var meeting in meetings.Where(m => m.StartsAt < now))
                {
                    var invited = members.Where(m => MeetingAudienceResolver.Includes(meeting.Audience, m));
                    foreach (var (member, i) in invited.Select((m, i) => (m, i)).Where(x => x.i % 25 != 24))
                    {
                        store.SaveAttendanceAsync(new AttendanceRecord
                        {
                            MeetingId = meeting.Id,
                            MemberId = member.Id,
                            Status = AttendanceStatus.CheckedIn,
                            At = meeting.StartsAt.AddMinutes(-5),
                        }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                        attendanceCount++;
                    }
                }
            });
            meetingCount += meetings.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"added {added.Count} branches of {firstMembers.Count} members (accounts up to u{account - 1}), {meetingCount} meetings with {attendanceCount} attendance records; {secretary.Name} (u0) is 组织委员"));
        return 0;
    }

    /// <summary>The last six months' meetings of branch number <paramref name="k"/> (15:00 Beijing time) and one ahead.</summary>
    private static List<Meeting> MeetingsOf(int k, string host, string groupId, DateTimeOffset local, DateTimeOffset now)
    {
        var meetings = new List<Meeting>();
        Meeting New(MeetingKind kind, DateTimeOffset start, MeetingAudience audience) => new()
        {
            Id = Meeting.NewId(),
            Kind = kind,
            StartsAt = start,
            EndsAt = start.AddHours(2),
            Place = "党员活动室",
            Topic = "学习党章党规",
            Audience = audience,
            HostMemberId = host,
            CreatedBy = host,
            CreatedAt = start.AddDays(-7),
            Minutes = start < now ? "传达学习有关精神。" : null,
        };

        for (var back = 0; back < 6; back++)
        {
            var month = new DateTimeOffset(local.Year, local.Month, 1, 15, 0, 0, local.Offset).AddMonths(-back);
            DateTimeOffset Day(int day) => month.AddDays(Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)) - 1).ToUniversalTime();
            var thisMonth = back == 0;
            if (!(thisMonth && k % 10 == 0))
            {
                meetings.Add(New(MeetingKind.ThemedPartyDay, Day(thisMonth ? 1 : 15), MeetingAudience.Branch));
            }

            meetings.Add(New(MeetingKind.CommitteeMeeting, Day(thisMonth ? 2 : 3), MeetingAudience.Committee));
            meetings.Add(New(MeetingKind.GroupMeeting, Day(thisMonth ? 2 : 8), MeetingAudience.Group(groupId)));
            var quarterStart = (month.Month - 1) % 3 == 0;
            if (quarterStart && !(back < 3 && k % 7 == 0))
            {
                meetings.Add(New(MeetingKind.GeneralMeeting, Day(20), MeetingAudience.Branch));
                meetings.Add(New(MeetingKind.PartyLecture, Day(22), MeetingAudience.Branch));
            }
        }

        meetings.Add(New(MeetingKind.GeneralMeeting, now.AddDays(3 + (k % 20)), MeetingAudience.Branch));
        return meetings;
    }
}
