using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// The hand-computed overview fixture (Organisation/Fixtures/overview-*.tsv): three branches of one 党委 over two
/// quarters of 2026, seen at Wednesday 2026-11-25 10:00 Beijing (the harness's clock).
/// </summary>
internal sealed class OverviewFixture
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly TimeSpan NudgeWindow = TimeSpan.FromDays(new ComplianceOptions().NudgeDaysBefore);

    private OverviewFixture()
    {
    }

    public IReadOnlyList<FixtureBranch> Branches { get; private init; } = [];

    public IReadOnlyList<FixtureMeeting> Meetings { get; private init; } = [];

    public IReadOnlyList<FixtureActivity> Activity { get; private init; } = [];

    public IReadOnlyList<ExpectedRow> ExpectedRows { get; private init; } = [];

    public IReadOnlyList<ExpectedCell> ExpectedCells { get; private init; } = [];

    public static OverviewFixture Load() => new()
    {
        Branches = [.. Lines("overview-branches.tsv").Select(f => new FixtureBranch(
            f[0], f[1], f[2], Local(f[3]), f[4] == "yes", f[5].Length == 0 ? [] : f[5].Split('、')))],
        Meetings = [.. Lines("overview-meetings.tsv").Select(f => new FixtureMeeting(
            f[0], KindOf(f[1]), Local(f[2]), f[3].Length == 0 ? null : f[3], f[4]))],
        Activity = [.. Lines("overview-activity.tsv").Select(f => new FixtureActivity(
            f[0], f[1], new TalkCounts(Int(f[2]), Int(f[3])), new ReceiptCounts(Int(f[4]), Int(f[5])), Int(f[6])))],
        ExpectedRows = [.. Lines("overview-expected-rows.tsv").Select(f => new ExpectedRow(
            f[0], Int(f[1]), f[2], Enum.Parse<OverviewAttention>(f[3]), f[4], f[5], Int(f[6])))],
        ExpectedCells = [.. Lines("overview-expected-cells.tsv").Select(f => new ExpectedCell(
            f[0], f[1], f[2], Enum.Parse<LedgerStatus>(f[3]), Int(f[4]), Int(f[5]), Int(f[6]), f[7], f[8]))],
    };

    public static OverviewPeriod PeriodOf(string quarterKey) =>
        OverviewPeriod.Quarter(Int(quarterKey[..4]), Int(quarterKey[^1..]));

    /// <summary>The group id the fixture gives a 党小组 when it is not stored.</summary>
    public static string GroupId(string branchId, string groupName) => $"{branchId}:{groupName}";

    /// <summary>The branches' facts for a quarter, built straight from the fixture (no storage).</summary>
    public IReadOnlyList<BranchFacts> Facts(string quarterKey) =>
        [.. Branches.Select(b => FactsOf(b, quarterKey, Inputs(b)))];

    public BranchFacts FactsOf(FixtureBranch branch, string quarterKey, ComplianceInputs inputs)
    {
        var activity = Activity.Single(a => a.Quarter == quarterKey && a.BranchId == branch.Id);
        return new BranchFacts(branch.Id, branch.Name, branch.Path, inputs, activity.Talks, activity.Receipts, activity.OpenQuestions);
    }

    public ComplianceInputs Inputs(FixtureBranch branch) => new(
        ComplianceOptions.Defaults,
        NudgeWindow,
        Zone,
        [.. Meetings.Where(m => m.BranchId == branch.Id).Select(m => m.ToMeeting(m.Group is { } g ? GroupId(branch.Id, g) : null))],
        [.. branch.Groups.Select(g => new PartyGroup { Id = GroupId(branch.Id, g), Name = g })],
        branch.Committee,
        branch.SetUp);

    /// <summary>"2026-08 第二党小组" for a row of a 党小组, "2026-Q3" for one of the branch.</summary>
    public static string KeyOf(LedgerRow row) => row.GroupName is null ? row.Period.Key : $"{row.Period.Key} {row.GroupName}";

    /// <summary>"-" for none, else the keys joined by commas.</summary>
    public static string KeysOf(IEnumerable<LedgerRow> rows)
    {
        var keys = rows.Select(KeyOf).ToList();
        return keys.Count == 0 ? "-" : string.Join(",", keys);
    }

    /// <summary>One line per rule of the branches of a quarter, as the expected-cells file has them.</summary>
    public IReadOnlyList<string> ExpectedCellLines(string quarterKey, string? branchId = null) =>
        [.. ExpectedCells.Where(c => c.Quarter == quarterKey && (branchId is null || c.BranchId == branchId))
            .Select(c => $"{c.BranchId} {c.Rule}: {c.Status} {c.Held}/{c.Planned}/{c.Required} missed {c.Missed} at risk {c.AtRisk}")];

    /// <summary>One line per rule of a computed row, in the form of <see cref="ExpectedCellLines"/>.</summary>
    public static IEnumerable<string> CellLines(OverviewRow row) =>
        row.Rules.Select(c =>
            $"{row.BranchId} {c.KindName}: {c.Status} {c.Held}/{c.Planned}/{c.Required} missed {KeysOf(c.MissedRows)} at risk {KeysOf(c.AtRiskRows)}");

    private static IEnumerable<string[]> Lines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Organisation", "Fixtures", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1) // the header
            .Select(line => line.Split('\t'));

    private static DateTimeOffset Local(string text) =>
        new(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    private static MeetingKind KindOf(string text) =>
        MeetingKinds.TryReadAtStart(text, out var kind, out var length) && length == text.Length ? kind : throw new FormatException(text);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}

internal sealed record FixtureBranch(string Id, string Name, string Path, DateTimeOffset SetUp, bool Committee, IReadOnlyList<string> Groups);

internal sealed record FixtureMeeting(string BranchId, MeetingKind Kind, DateTimeOffset Start, string? Group, string State)
{
    public Meeting ToMeeting(string? groupId) => State is "normal" or "cancelled" or "recorded" ? new()
    {
        Id = Meeting.NewId(),
        Kind = Kind,
        StartsAt = Start,
        EndsAt = Start.AddHours(2),
        Audience = groupId is null ? MeetingAudience.Branch : MeetingAudience.Group(groupId),
        CancelledAt = State == "cancelled" ? Start.AddDays(-1) : null,
        RecordedAfterwards = State == "recorded",
    }
    : throw new FormatException($"Unknown meeting state '{State}'.");
}

internal sealed record FixtureActivity(string Quarter, string BranchId, TalkCounts Talks, ReceiptCounts Receipts, int OpenQuestions);

internal sealed record ExpectedRow(string Quarter, int Position, string BranchId, OverviewAttention Attention, string Talks, string Receipts, int OpenQuestions);

internal sealed record ExpectedCell(
    string Quarter, string BranchId, string Rule, LedgerStatus Status, int Held, int Planned, int Required, string Missed, string AtRisk);
