using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Hosting;
using BranchBot.Storage.LiteDb;

// Seeds a branch's year for the everyday-command benchmarks (benchmarks/run-mix.sh, run-commands.sh), loopback only.
// Run it after `roster import` of the load scripts' roster (members bound to emulator|u0..uN-1, 党员0 the 书记):
//   seed DATABASE   DATABASE: a LiteDB connection string
// It writes, for the members already in the file: a year of past meetings with attendance (a monthly 党员大会,
// 党课 each quarter, a monthly 主题党日 and 支委会, a monthly 党小组会 per 党小组; nearly everyone checked in, a few on
// leave), a 党员大会 starting in 15 minutes whose check-in is open, three meetings ahead, and a broadcast sent 10
// minutes ago to everyone asking for 收到 (already gone out: no outbox items, so nothing is sent during the run).
//   org DATABASE BRANCHES   after seed: the organisation of benchmarks/run-organisation.sh (see OrganisationSeed)
//   time-org DATABASE       the organisation's overview and summary timed in process (see OrganisationTimings)
//   fixture FILE   writes a new database FILE (and its content key FILE.key) through this release's services: the
//                  migration fixture of tests/BranchBot.Tests/Storage/Fixtures (see ReleaseFixture).
if (args is ["fixture", var fixtureFile])
{
    return await BranchBot.MixBench.ReleaseFixture.WriteAsync(fixtureFile);
}

if (args is ["org", var organisationDatabase, var branchCount] && int.TryParse(branchCount, CultureInfo.InvariantCulture, out var branches) && branches > 1)
{
    return await BranchBot.MixBench.OrganisationSeed.RunAsync(organisationDatabase, branches);
}

if (args is ["time-org", var timedDatabase])
{
    return await BranchBot.MixBench.OrganisationTimings.RunAsync(timedDatabase);
}

if (args is not ["seed", var database])
{
    Console.Error.WriteLine("usage: seed DATABASE (a LiteDB connection string) | org DATABASE BRANCHES | time-org DATABASE | fixture FILE");
    return 2;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["BranchBot:TimeZone"] = "Asia/Shanghai",
}).Build();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
services.AddSingleton<IConfiguration>(configuration);
services.AddBranchBotDomain(configuration);
services.AddLiteDbStorage(database, Directory.GetCurrentDirectory());
#pragma warning disable ASP0000 // no web application here: the tool composes the server's services in a container of its own
await using var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000

var context = provider.GetRequiredService<LiteDbContext>();
var meetings = provider.GetRequiredService<IMeetingStore>();
var membership = provider.GetRequiredService<IMembershipStore>();
var members = (await membership.ListMembersAsync(CancellationToken.None)).Where(m => m.IsActive).ToList();
var groups = await membership.ListGroupsAsync(CancellationToken.None);
var secretary = members.FirstOrDefault(m => m.Role == MemberRole.Secretary) ?? members[0];
var now = TimeProvider.System.GetUtcNow();
var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

// The roster was imported just now, but the year seeded below is one these members lived through: a member who joined
// after a meeting began is not expected at it, so their membership starts before the first seeded meeting.
members = [.. members.Select(m => m with { CreatedAt = now.AddMonths(-13) })];
await membership.ApplyAsync(new MembershipChange { Members = members }, CancellationToken.None);

Meeting NewMeeting(MeetingKind kind, DateTimeOffset start, MeetingAudience audience, string topic) => new()
{
    Id = Meeting.NewId(),
    Kind = kind,
    StartsAt = start,
    EndsAt = start.AddHours(2),
    Place = "党员活动室",
    Topic = topic,
    Audience = audience,
    HostMemberId = secretary.Id,
    CreatedBy = secretary.Id,
    CreatedAt = start.AddDays(-7),
    Minutes = start < now ? "传达学习有关精神，讨论支部近期工作。" : null,
};

// Past meetings: 15:00 Shanghai time on fixed days of each of the last twelve months.
var past = new List<Meeting>();
for (var month = 1; month <= 12; month++)
{
    var first = new DateTimeOffset(now.ToOffset(zone.GetUtcOffset(now)).Date.AddMonths(-month), zone.GetUtcOffset(now));
    DateTimeOffset Day(int day) => new DateTimeOffset(first.Year, first.Month, day, 15, 0, 0, first.Offset).ToUniversalTime();
    past.Add(NewMeeting(MeetingKind.GeneralMeeting, Day(5), MeetingAudience.Branch, $"{first.Month}月党员大会"));
    past.Add(NewMeeting(MeetingKind.ThemedPartyDay, Day(15), MeetingAudience.Branch, $"{first.Month}月主题党日"));
    past.Add(NewMeeting(MeetingKind.CommitteeMeeting, Day(3), MeetingAudience.Committee, $"{first.Month}月支委会"));
    if (month % 3 == 0)
    {
        past.Add(NewMeeting(MeetingKind.PartyLecture, Day(20), MeetingAudience.Branch, "党课：学习党章"));
    }

    past.AddRange(groups.Select((g, i) => NewMeeting(MeetingKind.GroupMeeting, Day(8 + (i % 10)), MeetingAudience.Group(g.Id), $"{g.Name}学习")));
}

var checkingIn = NewMeeting(MeetingKind.GeneralMeeting, now.AddMinutes(15), MeetingAudience.Branch, "学习贯彻会议精神");
var ahead = new[]
{
    NewMeeting(MeetingKind.ThemedPartyDay, now.AddDays(3), MeetingAudience.Branch, "主题党日：志愿服务"),
    NewMeeting(MeetingKind.CommitteeMeeting, now.AddDays(5), MeetingAudience.Committee, "研究发展党员工作"),
    NewMeeting(MeetingKind.PartyLecture, now.AddDays(12), MeetingAudience.Branch, "党课：党的纪律"),
};
await meetings.SaveManyAsync([.. past, checkingIn, .. ahead], CancellationToken.None);

// Attendance of the past meetings: every 20th invited member was on leave (approved), every 25th absent.
var attendance = 0;
foreach (var meeting in past)
{
    var invited = members.Where(m => MeetingAudienceResolver.Includes(meeting.Audience, m)).ToList();
    context.InTransaction(() =>
    {
        for (var i = 0; i < invited.Count; i++)
        {
            if (i % 25 == 24)
            {
                continue;
            }

            var onLeave = i % 20 == 19;
            meetings.SaveAttendanceAsync(new AttendanceRecord
            {
                MeetingId = meeting.Id,
                MemberId = invited[i].Id,
                Status = onLeave ? AttendanceStatus.LeaveApproved : AttendanceStatus.CheckedIn,
                LeaveReason = onLeave ? "出差" : null,
                At = onLeave ? meeting.StartsAt.AddDays(-1) : meeting.StartsAt.AddMinutes(-5),
                DecidedBy = onLeave ? secretary.Id : null,
                DecidedAt = onLeave ? meeting.StartsAt.AddHours(-20) : null,
            }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            attendance++;
        }
    });
}

var broadcasts = provider.GetRequiredService<IBroadcastStore>();
var number = await broadcasts.LastNumberAsync(CancellationToken.None) + 1;
await broadcasts.SaveAsync(new Broadcast
{
    Number = number,
    BatchBase = broadcasts.BatchBaseOf(number),
    AuthorId = secretary.Id,
    Text = "请各位党员于本周五前完成学习强国专题学习，收到请回复。",
    Audience = BroadcastAudience.Branch,
    AudienceLabel = "全体党员",
    RequiresAcknowledgement = true,
    RecipientIds = [.. members.Select(m => m.Id)],
    CreatedAt = now.AddMinutes(-10),
    QueuedAt = now.AddMinutes(-10),
}, CancellationToken.None);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"seeded for {members.Count} members in {groups.Count} groups: {past.Count} past meetings with {attendance} attendance records, 1 meeting checking in, {ahead.Length} ahead, broadcast {number} asking for 收到"));
return 0;
