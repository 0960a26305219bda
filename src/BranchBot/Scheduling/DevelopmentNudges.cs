using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// The 发展党员 deadline nudges, to the 书记 (or the 副书记 while there is none) and the 培养联系人 named in the file,
/// each exactly once (a sent marker per file, item and date; queued in the outbox under the marker's key):
/// <list type="bullet">
/// <item>the talk with an applicant, in the last week of the month after the application (第七条);</item>
/// <item>the half-yearly 考察 of an 积极分子 or 发展对象, and of a 预备党员, two weeks before it falls due;</item>
/// <item>one year as 积极分子 complete: 发展对象 may be considered (第十三条);</item>
/// <item>the 党委's decision not made three months after the 支部大会;</item>
/// <item>the 党委's approval of 转正 not made three months after the 支部大会 decided it (第三十四条);</item>
/// <item>the 预备期 (or its extension) ending in 30 and in 7 days: 转正 to be discussed (第三十二条).</item>
/// </list>
/// The 党委's approval of an extension or a cancellation has no nudge: the 细则 sets it no time limit.
/// Once the 支部大会 has decided to cancel, the file's 预备期 nudges stop.
/// </summary>
public sealed partial class DevelopmentNudges(
    DevelopmentService development,
    ISentMarkerStore markers,
    IMembershipStore members,
    IDeliveryOutbox outbox,
    BranchClock clock,
    BranchContext branch,
    ILogger<DevelopmentNudges> logger)
{
    public const int TalkNoticeDays = 7;
    public const int ReviewNoticeDays = 14;

    /// <summary>Sends every nudge due today and not sent before; returns how many went out.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = development.Today;
        var due = (await development.ListLinesAsync(cancellationToken))
            .SelectMany(line => line.Due.SelectMany(item => NudgesFor(line.Record, item, today)).Select(nudge => (line.Record, Nudge: nudge)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var officers = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryElseDeputies, cancellationToken);
        if (officers.Count == 0)
        {
            // Not marked: the nudges go out once the branch has a secretary again.
            LogNoSecretary(logger, due.Count);
            return 0;
        }

        var roster = await members.ListMembersAsync(cancellationToken);
        var sent = 0;
        foreach (var (record, nudge) in due)
        {
            var key = $"partydev:{branch.Id}:{record.Id}:{nudge.Key}";
            if (await markers.IsMarkedAsync(key, cancellationToken))
            {
                continue;
            }

            if (nudge.Text is { } text)
            {
                var contacts = record.Latest(DevelopmentStepKind.Contacts)?.People ?? [];
                var recipients = officers.Concat(roster.Where(m => m.IsActive && contacts.Contains(m.Name))).Select(m => m.Id).Distinct().ToList();

                // Queued under the marker's key before marking: exactly once, and retried until delivered.
                await outbox.EnqueueAsync(new DeliveryRequest(key, recipients, new DeliveryMessage(text)), cancellationToken);
            }

            if (await markers.TryMarkAsync(key, clock.UtcNow, cancellationToken) && nudge.Text is not null)
            {
                LogNudged(logger, key);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>A nudge's marker key within the file, and its text; a null text marks a nudge overtaken by a later one.</summary>
    private sealed record Nudge(string Key, string? Text);

    private static IEnumerable<Nudge> NudgesFor(DevelopmentRecord record, DevelopmentDue item, DateOnly today)
    {
        var date = item.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        switch (item.Kind)
        {
            case DevelopmentDueKind.ApplicationTalk when today >= item.Date.AddDays(-TalkNoticeDays):
                yield return new Nudge("talk", DevelopmentNudgeTexts.Talk(record, item));
                break;
            case DevelopmentDueKind.HalfYearReview when today >= item.Date.AddDays(-ReviewNoticeDays):
                yield return new Nudge($"review:{date}", DevelopmentNudgeTexts.Review(record, item));
                break;
            case DevelopmentDueKind.ProbationReview when today >= item.Date.AddDays(-ReviewNoticeDays):
                yield return new Nudge($"probation-review:{date}", DevelopmentNudgeTexts.ProbationReview(record, item));
                break;
            case DevelopmentDueKind.CandidateEligible when today >= item.Date:
                yield return new Nudge("eligible", DevelopmentNudgeTexts.Eligible(record, item));
                break;
            case DevelopmentDueKind.Approval when today > item.Date:
                yield return new Nudge("approval-overdue", DevelopmentNudgeTexts.ApprovalOverdue(record, item));
                break;
            case DevelopmentDueKind.ConversionApproval when today > item.Date:
                yield return new Nudge("conversion-approval-overdue", DevelopmentNudgeTexts.ConversionApprovalOverdue(record, item));
                break;
            case DevelopmentDueKind.ProbationEnds or DevelopmentDueKind.ExtensionEnds when today >= item.Date.AddDays(-7):
                // The 30-day notice is overtaken by the 7-day one: marked, not sent.
                yield return new Nudge($"probation:{date}:30", null);
                yield return new Nudge($"probation:{date}:7", DevelopmentNudgeTexts.ProbationEnding(record, item, today));
                break;
            case DevelopmentDueKind.ProbationEnds or DevelopmentDueKind.ExtensionEnds when today >= item.Date.AddDays(-30):
                yield return new Nudge($"probation:{date}:30", DevelopmentNudgeTexts.ProbationEnding(record, item, today));
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} 发展党员 nudges are due but the branch has no secretary to send them to.")]
    private static partial void LogNoSecretary(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "发展党员 nudge {Key} sent.")]
    private static partial void LogNudged(ILogger logger, string key);
}
