using BranchBot.Core.Delivery;
using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Scheduling;

/// <summary>
/// The 党费 nudges, each sent exactly once (sent markers, queued under the marker's key before marking):
/// <list type="bullet">
/// <item>From the configured day of each month (<see cref="DuesOptions.ReminderDay"/>): every member with a base who
/// has neither paid nor reported the month.</item>
/// <item>To the secretary: a member unpaid for 3 consecutive months, and urgently at 5, citing 党章第九条 (6 months
/// without good reason is treated as 自行脱党). One of each per run of unpaid months.</item>
/// <item>In January: the secretary reviews everyone's 交纳基数.</item>
/// </list>
/// Secretary nudges are not marked while the branch has no secretary (or deputy), so they go out once it has one.
/// </summary>
public sealed partial class DuesNudges(
    DuesReports reports,
    ISentMarkerStore markers,
    IMembershipStore members,
    IDeliveryOutbox outbox,
    BranchClock clock,
    BranchContext branch,
    IOptions<DuesOptions> options,
    ILogger<DuesNudges> logger)
{
    public const int ArrearsMonths = 3;
    public const int UrgentArrearsMonths = 5;

    /// <summary>Sends what is due and not yet sent; returns how many messages were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await SendMonthlyRemindersAsync(cancellationToken) + await SendArrearsAsync(cancellationToken) + await SendYearlyReviewAsync(cancellationToken);

    public async Task<int> SendMonthlyRemindersAsync(CancellationToken cancellationToken)
    {
        var reminderDay = Math.Clamp(options.Value.ReminderDay, 1, 28);
        if (clock.Now.Day < reminderDay)
        {
            return 0;
        }

        var status = await reports.MonthStatusAsync(reports.CurrentMonth, cancellationToken);
        var sent = 0;
        foreach (var (member, cell) in status.Rows.Where(r => r.Cell.IsUnpaid))
        {
            sent += await SendOnceAsync($"dues:remind:{branch.Id}:{status.Month.Key}:{member.Id}", [member], DuesNudgeTexts.MonthlyReminder(member, cell), cancellationToken);
        }

        return sent;
    }

    public async Task<int> SendArrearsAsync(CancellationToken cancellationToken)
    {
        var arrears = await reports.ArrearsAsync(ArrearsMonths, cancellationToken);
        if (arrears.Count == 0)
        {
            return 0;
        }

        var secretaries = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryElseDeputies, cancellationToken);
        if (secretaries.Count == 0)
        {
            LogNoSecretary(logger, arrears.Count);
            return 0;
        }

        var sent = 0;
        foreach (var owing in arrears)
        {
            // One nudge per level for each run of unpaid months: the run is named by its first month.
            var run = $"dues:arrears:{branch.Id}:{owing.Member.Id}:{owing.FirstUnpaid.Key}";
            if (owing.Months >= UrgentArrearsMonths)
            {
                sent += await SendOnceAsync($"{run}:{UrgentArrearsMonths}", secretaries, DuesNudgeTexts.UrgentArrears(owing), cancellationToken);
                await markers.TryMarkAsync($"{run}:{ArrearsMonths}", clock.UtcNow, cancellationToken);
            }
            else
            {
                sent += await SendOnceAsync($"{run}:{ArrearsMonths}", secretaries, DuesNudgeTexts.Arrears(owing), cancellationToken);
            }
        }

        return sent;
    }

    public async Task<int> SendYearlyReviewAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        if (now.Month != 1)
        {
            return 0;
        }

        var secretaries = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryElseDeputies, cancellationToken);
        if (secretaries.Count == 0)
        {
            return 0;
        }

        var bases = await reports.BasesAsync(cancellationToken);
        return await SendOnceAsync($"dues:review:{branch.Id}:{now.Year}", secretaries, DuesNudgeTexts.YearlyReview(now.Year, bases), cancellationToken);
    }

    private async Task<int> SendOnceAsync(string key, IReadOnlyList<Member> recipients, string text, CancellationToken cancellationToken)
    {
        if (await markers.IsMarkedAsync(key, cancellationToken))
        {
            return 0;
        }

        // Queued under the marker's key before marking: exactly once, and retried until delivered.
        await outbox.EnqueueAsync(new DeliveryRequest(key, [.. recipients.Select(m => m.Id)], new DeliveryMessage(text)), cancellationToken);
        if (!await markers.TryMarkAsync(key, clock.UtcNow, cancellationToken))
        {
            return 0;
        }

        LogNudged(logger, key);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} members are behind with their dues but the branch has no secretary to tell.")]
    private static partial void LogNoSecretary(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dues nudge {Key} sent.")]
    private static partial void LogNudged(ILogger logger, string key);
}
