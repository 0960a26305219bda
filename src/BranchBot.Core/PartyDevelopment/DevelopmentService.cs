using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// 发展党员: opens a file on an application, records each step against the rule table, and answers the files to the
/// committee and each person their own progress. Checks who asks; words nothing.
/// </summary>
public sealed class DevelopmentService(IDevelopmentStore store, IMembershipStore members, BranchClock clock, DevelopmentWriteLock writeLock)
{
    public const int MaxNameLength = 20;
    public const int MaxNoteLength = 200;

    public DateOnly Today => DateOnly.FromDateTime(clock.Now.DateTime);

    /// <summary>入党申请: opens the file of <paramref name="name"/> with the application received on <paramref name="date"/>.</summary>
    public async Task<Outcome<DevelopmentRecord, DevelopmentProblem>> ApplyAsync(Member actor, string name, DateOnly date, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await RefuseAsync(actor, name, note, date, cancellationToken) is { } problem)
        {
            return problem;
        }

        var trimmed = name.Trim();
        return await writeLock.RunAsync<Outcome<DevelopmentRecord, DevelopmentProblem>>(async () =>
        {
            if (await OpenFileOfAsync(trimmed, cancellationToken) is { } open)
            {
                return new DevelopmentProblem.AlreadyOnFile(open.Name, open.Stage);
            }

            var member = (await members.ListMembersAsync(cancellationToken)).FirstOrDefault(m => m.IsActive && m.Name == trimmed);
            var record = new DevelopmentRecord
            {
                Id = DevelopmentRecord.NewId(),
                Name = trimmed,
                MemberId = member?.Id,
                CreatedBy = actor.Id,
                CreatedAt = clock.UtcNow,
            }.With(new DevelopmentStep { Kind = DevelopmentStepKind.Application, Date = date, Note = Clean(note), RecordedBy = actor.Id, RecordedAt = clock.UtcNow });
            await store.SaveAsync(record, cancellationToken);
            return Outcome<DevelopmentRecord, DevelopmentProblem>.Ok(record);
        }, cancellationToken);
    }

    /// <summary>记录: adds a step to the open file of <paramref name="name"/>, unless a rule refuses it and no exception is made.</summary>
    public async Task<Outcome<DevelopmentRecord, DevelopmentProblem>> RecordAsync(Member actor, string name, StepEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(entry);
        if (await RefuseAsync(actor, name, entry.Note, entry.Date, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (entry.ExceptionReason is { } reason)
        {
            if (await members.GetMemberAsync(actor.Id, cancellationToken) is not { IsActive: true, Role: MemberRole.Secretary })
            {
                return new DevelopmentProblem.ExceptionSecretaryOnly();
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return new DevelopmentProblem.ExceptionReasonMissing();
            }

            if (reason.Trim().Length > MaxNoteLength)
            {
                return new DevelopmentProblem.NoteTooLong(MaxNoteLength);
            }
        }

        return await writeLock.RunAsync<Outcome<DevelopmentRecord, DevelopmentProblem>>(async () =>
        {
            var record = await LatestFileOfAsync(name.Trim(), cancellationToken);
            if (record is null)
            {
                return new DevelopmentProblem.NotOnFile(name.Trim());
            }

            var step = new DevelopmentStep
            {
                Kind = entry.Kind,
                Date = entry.Date,
                Note = Clean(entry.Note),
                People = [.. entry.People.Select(p => p.Trim()).Where(p => p.Length > 0)],
                ExtensionMonths = entry.ExtensionMonths,
                Vote = entry.Vote,
                RecordedBy = actor.Id,
                RecordedAt = clock.UtcNow,
            };
            if (record.Steps.FirstOrDefault(step.Repeats) is { } earlier)
            {
                return new DevelopmentProblem.AlreadyRecorded(record, earlier);
            }

            if (record.IsClosed)
            {
                return new DevelopmentProblem.FileClosed(record.Name, record.Stage);
            }

            if (DevelopmentRules.Check(record, step) is { } rule)
            {
                if (entry.ExceptionReason is null || !rule.AllowsException)
                {
                    return new DevelopmentProblem.RuleRefused(entry.Kind, rule, record);
                }

                step = step with { ExceptionReason = entry.ExceptionReason.Trim(), ExceptionTo = rule.Id };
            }

            var updated = record.With(step);
            await store.SaveAsync(updated, cancellationToken);
            return Outcome<DevelopmentRecord, DevelopmentProblem>.Ok(updated);
        }, cancellationToken);
    }

    /// <summary>The file of <paramref name="name"/> (the open one, else the latest), for the committee.</summary>
    public async Task<Outcome<DevelopmentLedgerLine, DevelopmentProblem>> FileAsync(Member actor, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsCommitteeAsync(actor, cancellationToken))
        {
            return new DevelopmentProblem.CommitteeOnly();
        }

        return await LatestFileOfAsync((name ?? string.Empty).Trim(), cancellationToken) is { } record
            ? Outcome<DevelopmentLedgerLine, DevelopmentProblem>.Ok(LineOf(record))
            : new DevelopmentProblem.NotOnFile((name ?? string.Empty).Trim());
    }

    /// <summary>发展党员台账: every file, overdue ones first, then by stage and name; for the committee.</summary>
    public async Task<Outcome<IReadOnlyList<DevelopmentLedgerLine>, DevelopmentProblem>> LedgerAsync(Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await IsCommitteeAsync(actor, cancellationToken))
        {
            return new DevelopmentProblem.CommitteeOnly();
        }

        return Outcome<IReadOnlyList<DevelopmentLedgerLine>, DevelopmentProblem>.Ok(await ListLinesAsync(cancellationToken));
    }

    /// <summary>Every file as a ledger line, overdue first (the nudges, the console and the export).</summary>
    public async Task<IReadOnlyList<DevelopmentLedgerLine>> ListLinesAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Select(LineOf)
            .OrderByDescending(l => l.Overdue)
            .ThenBy(l => l.Stage)
            .ThenBy(l => l.Record.Name, StringComparer.Ordinal)];

    /// <summary>我的入党进度: the asker's own stage and next step; a file of their name is linked to them the first time.</summary>
    public async Task<Outcome<OwnDevelopmentProgress, DevelopmentProblem>> OwnProgressAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var files = await store.ListAsync(cancellationToken);
        var own = files.LastOrDefault(f => f.MemberId == member.Id);
        if (own is null && files.LastOrDefault(f => f.MemberId is null && f.Name == member.Name) is { } unlinked)
        {
            own = unlinked with { MemberId = member.Id };
            await writeLock.RunAsync(async () =>
            {
                await store.SaveAsync(own, cancellationToken);
                return true;
            }, cancellationToken);
        }

        return own is null
            ? new DevelopmentProblem.NoOwnFile()
            : Outcome<OwnDevelopmentProgress, DevelopmentProblem>.Ok(new OwnDevelopmentProgress(own.Name, own.Stage, DevelopmentSchedule.Next(own)));
    }

    private DevelopmentLedgerLine LineOf(DevelopmentRecord record) => new(record, DevelopmentSchedule.Next(record), DevelopmentSchedule.Due(record, Today))
    {
        PoliticalReviewOverAYearOld = record.IsClosed ? null : DevelopmentRules.PoliticalReviewOverAYearOld(record, Today),
    };

    private async Task<DevelopmentRecord?> OpenFileOfAsync(string name, CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).LastOrDefault(r => r.Name == name && !r.IsClosed);

    private async Task<DevelopmentRecord?> LatestFileOfAsync(string name, CancellationToken cancellationToken)
    {
        var files = (await store.ListAsync(cancellationToken)).Where(r => r.Name == name).ToList();
        return files.LastOrDefault(r => !r.IsClosed) ?? files.LastOrDefault();
    }

    private async Task<DevelopmentProblem?> RefuseAsync(Member actor, string name, string? note, DateOnly date, CancellationToken cancellationToken)
    {
        if (!await IsCommitteeAsync(actor, cancellationToken))
        {
            return new DevelopmentProblem.CommitteeOnly();
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new DevelopmentProblem.NameMissing();
        }

        if (name.Trim().Length > MaxNameLength)
        {
            return new DevelopmentProblem.NameTooLong(MaxNameLength);
        }

        if (note is not null && note.Trim().Length > MaxNoteLength)
        {
            return new DevelopmentProblem.NoteTooLong(MaxNoteLength);
        }

        return date > Today ? new DevelopmentProblem.DateInFuture() : null;
    }

    private async Task<bool> IsCommitteeAsync(Member actor, CancellationToken cancellationToken) =>
        await members.GetMemberAsync(actor.Id, cancellationToken) is { IsActive: true, IsCommittee: true };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
