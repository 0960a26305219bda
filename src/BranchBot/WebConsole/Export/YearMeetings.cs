using BranchBot.Core.Meetings;
using BranchBot.Core.Time;

namespace BranchBot.WebConsole.Export;

/// <summary>A year's held meetings (started, not cancelled) with their attendance, for the chart and the workbook.</summary>
public sealed class YearMeetings(IMeetingStore store, AttendanceService attendance, BranchClock clock)
{
    public async Task<IReadOnlyList<AttendanceSummary>> HeldAsync(int year, CancellationToken cancellationToken)
    {
        var span = CompliancePeriods.Year(year, clock.Zone);
        var now = clock.UtcNow;
        var held = (await store.ListStartingBetweenAsync(span.Start, span.End, cancellationToken)).Where(m => !m.IsCancelled && m.StartsAt <= now);
        var summaries = new List<AttendanceSummary>();
        foreach (var meeting in held)
        {
            var summary = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
            if (summary.Succeeded)
            {
                summaries.Add(summary.Value!);
            }
        }

        return summaries;
    }

    /// <summary>Attended ÷ expected (audience minus approved leave) over each month's held meetings; null for a month without any.</summary>
    public IReadOnlyList<double?> MonthlyRates(IReadOnlyList<AttendanceSummary> held) =>
        [.. Enumerable.Range(1, 12).Select(month =>
        {
            var inMonth = held.Where(s => clock.ToLocal(s.Meeting.StartsAt).Month == month).ToList();
            var expected = inMonth.Sum(s => s.AudienceCount - s.OnLeave.Count);
            return expected > 0 ? (double?)inMonth.Sum(s => s.Attended.Count) / expected : null;
        })];
}
