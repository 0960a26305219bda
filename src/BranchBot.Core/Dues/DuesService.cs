using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Dues;

/// <summary>
/// 党费: the committee records each member's 交纳基数 and the payments it receives (收党费); a member reports their
/// own payment (交党费), which stays pending until the committee confirms it (确认党费). Confirmed and recorded
/// payments get one receipt per request. Amounts are in 元 with two places.
/// </summary>
public sealed class DuesService(IDuesStore store, IMembershipStore members, DuesWriteLock writeLock, BranchClock clock, IOptions<DuesOptions> options)
{
    private const decimal FarmerLowest = 0.2m;
    private const decimal FarmerHighest = 1m;

    public DuesMonth CurrentMonth => DuesMonth.Of(clock.Now);

    public async Task<DuesBook> BookAsync(CancellationToken cancellationToken) => new(await store.ListBasesAsync(cancellationToken));

    /// <summary>Records the member's base from the current month on (第十条).</summary>
    public async Task<Outcome<DuesBase, DuesProblem>> SetBaseAsync(
        Member actor, Member member, DuesStatus status, decimal? income, decimal? fixedAmount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(member);
        if (await RefuseActorAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!member.IsActive)
        {
            return new DuesProblem.NotMember();
        }

        if (status.NeedsIncome() && income is null)
        {
            return new DuesProblem.IncomeMissing(status);
        }

        foreach (var amount in new[] { income, fixedAmount }.OfType<decimal>())
        {
            if (!IsMoney(amount))
            {
                return new DuesProblem.AmountInvalid(amount);
            }
        }

        if (fixedAmount is { } chosen && (status != DuesStatus.Farmer || chosen < FarmerLowest || chosen > FarmerHighest))
        {
            return new DuesProblem.FarmerAmountOutOfRange(chosen);
        }

        var dues = new DuesBase
        {
            MemberId = member.Id,
            EffectiveFrom = CurrentMonth,
            Status = status,
            MonthlyIncome = status.NeedsIncome() ? income : null,
            FixedAmount = fixedAmount,
            SetById = actor.Id,
            SetAt = clock.UtcNow,
        };
        await writeLock.RunAsync(async () =>
        {
            await store.SaveBaseAsync(dues, cancellationToken);
            return true;
        }, cancellationToken);
        return Outcome<DuesBase, DuesProblem>.Ok(dues);
    }

    /// <summary>What the member owes for the months, from the bases in effect; refused when a month has none.</summary>
    public async Task<Outcome<decimal, DuesProblem>> DueAsync(Member member, IReadOnlyList<DuesMonth> months, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(months);
        var book = await BookAsync(cancellationToken);
        var total = 0m;
        foreach (var month in months)
        {
            if (book.DueFor(member.Id, month) is not { } due)
            {
                return new DuesProblem.NoBase(member.Name, month);
            }

            total += due;
        }

        return Outcome<decimal, DuesProblem>.Ok(total);
    }

    /// <summary>
    /// 收党费: the committee records money received for the months; the amount (the whole sum) defaults to what is due
    /// and is split over the months. A month the member reported is confirmed by it. One receipt for the request.
    /// </summary>
    public async Task<Outcome<DuesPaymentResult, DuesProblem>> RecordAsync(
        Member actor, Member payer, IReadOnlyList<DuesMonth> months, decimal? total, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(months);
        if (await RefuseActorAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (total is { } given && (!IsMoney(given) || given == 0m))
        {
            return new DuesProblem.AmountInvalid(given);
        }

        return await writeLock.RunAsync(async () =>
        {
            if (await RepeatedAsync(payer, batchId, cancellationToken) is { } repeated)
            {
                return repeated;
            }

            var checkedMonths = await CheckMonthsAsync(payer, months, refusePending: false, cancellationToken);
            if (!checkedMonths.Succeeded)
            {
                return Outcome<DuesPaymentResult, DuesProblem>.Fail(checkedMonths.Problem!);
            }

            var dues = checkedMonths.Value!;
            var amounts = total is { } sum ? Split(sum, dues.Count) : [.. dues.Select(d => d.Due)];
            var receipt = await NextReceiptAsync(cancellationToken);
            var now = clock.UtcNow;
            var payments = dues.Select((d, i) => new DuesPayment
            {
                MemberId = payer.Id,
                Month = d.Month,
                Amount = amounts[i],
                State = DuesPaymentState.Paid,
                BatchId = batchId,
                RecordedById = actor.Id,
                RecordedAt = now,
                ConfirmedById = actor.Id,
                ConfirmedAt = now,
                Receipt = receipt,
            }).ToList();
            await store.SavePaymentsAsync(payments, cancellationToken);
            return Outcome<DuesPaymentResult, DuesProblem>.Ok(new DuesPaymentResult(payer, payments));
        }, cancellationToken);
    }

    /// <summary>交党费: the member reports paying the months at what is due; pending until the committee confirms.</summary>
    public async Task<Outcome<DuesPaymentResult, DuesProblem>> ReportAsync(
        Member payer, IReadOnlyList<DuesMonth> months, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(months);
        if (await members.GetMemberAsync(payer.Id, cancellationToken) is not { IsActive: true })
        {
            return new DuesProblem.NotMember();
        }

        return await writeLock.RunAsync(async () =>
        {
            if (await RepeatedAsync(payer, batchId, cancellationToken) is { } repeated)
            {
                return repeated;
            }

            var checkedMonths = await CheckMonthsAsync(payer, months, refusePending: true, cancellationToken);
            if (!checkedMonths.Succeeded)
            {
                return Outcome<DuesPaymentResult, DuesProblem>.Fail(checkedMonths.Problem!);
            }

            var now = clock.UtcNow;
            var payments = checkedMonths.Value!.Select(d => new DuesPayment
            {
                MemberId = payer.Id,
                Month = d.Month,
                Amount = d.Due,
                State = DuesPaymentState.Pending,
                BatchId = batchId,
                RecordedById = payer.Id,
                RecordedAt = now,
            }).ToList();
            await store.SavePaymentsAsync(payments, cancellationToken);
            return Outcome<DuesPaymentResult, DuesProblem>.Ok(new DuesPaymentResult(payer, payments));
        }, cancellationToken);
    }

    /// <summary>Members' reports waiting for confirmation, by member.</summary>
    public async Task<IReadOnlyList<(Member Member, IReadOnlyList<DuesPayment> Payments)>> ListPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ListPendingAsync(cancellationToken);
        var roster = (await members.ListMembersAsync(cancellationToken)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        return [.. pending.GroupBy(p => p.MemberId, StringComparer.Ordinal)
            .Where(g => roster.ContainsKey(g.Key))
            .Select(g => (roster[g.Key], (IReadOnlyList<DuesPayment>)[.. g.OrderBy(p => p.Month)]))
            .OrderBy(e => e.Item1, Talks.MemberOrder.Instance)];
    }

    /// <summary>确认党费: confirms everything the member reported, with one receipt. A second 确认 finds nothing pending.</summary>
    public async Task<Outcome<DuesPaymentResult, DuesProblem>> ConfirmAsync(Member actor, Member payer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payer);
        if (await RefuseActorAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await writeLock.RunAsync(async () =>
        {
            var pending = (await store.ListPaymentsOfAsync(payer.Id, cancellationToken)).Where(p => p.State == DuesPaymentState.Pending).ToList();
            if (pending.Count == 0)
            {
                return Outcome<DuesPaymentResult, DuesProblem>.Fail(new DuesProblem.NothingPending(payer.Name));
            }

            var receipt = await NextReceiptAsync(cancellationToken);
            var now = clock.UtcNow;
            var confirmed = pending.Select(p => p with { State = DuesPaymentState.Paid, ConfirmedById = actor.Id, ConfirmedAt = now, Receipt = receipt }).ToList();
            await store.SavePaymentsAsync(confirmed, cancellationToken);
            return Outcome<DuesPaymentResult, DuesProblem>.Ok(new DuesPaymentResult(payer, confirmed));
        }, cancellationToken);
    }

    /// <summary>Whether the amount is 元 with at most two places, not below zero.</summary>
    public static bool IsMoney(decimal amount) => amount >= 0m && decimal.Round(amount, 2) == amount && amount < 100_000_000m;

    /// <summary>A sum split over months in 分: equal shares, the remainder on the last month.</summary>
    public static IReadOnlyList<decimal> Split(decimal total, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var share = decimal.Floor(total * 100m / months) / 100m;
        return [.. Enumerable.Repeat(share, months - 1), total - (share * (months - 1))];
    }

    private async Task<DuesProblem?> RefuseActorAsync(Member actor, CancellationToken cancellationToken) =>
        await members.GetMemberAsync(actor.Id, cancellationToken) is not { IsActive: true } current ? new DuesProblem.NotMember()
        : !current.IsCommittee ? new DuesProblem.CommitteeOnly()
        : null;

    private async Task<Outcome<DuesPaymentResult, DuesProblem>?> RepeatedAsync(Member payer, string batchId, CancellationToken cancellationToken)
    {
        var earlier = await store.ListBatchAsync(batchId, cancellationToken);
        return earlier.Count == 0 ? null : Outcome<DuesPaymentResult, DuesProblem>.Ok(new DuesPaymentResult(payer, [.. earlier.OrderBy(p => p.Month)], Repeated: true));
    }

    private async Task<Outcome<IReadOnlyList<(DuesMonth Month, decimal Due)>, DuesProblem>> CheckMonthsAsync(
        Member payer, IReadOnlyList<DuesMonth> months, bool refusePending, CancellationToken cancellationToken)
    {
        var distinct = months.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            return new DuesProblem.NoMonths();
        }

        var maxAhead = Math.Max(0, options.Value.MaxMonthsAhead);
        if (distinct[^1] > CurrentMonth.AddMonths(maxAhead))
        {
            return new DuesProblem.TooFarAhead(distinct[^1], maxAhead);
        }

        var existing = (await store.ListPaymentsOfAsync(payer.Id, cancellationToken)).ToDictionary(p => p.Month);
        var taken = distinct.Where(m => existing.TryGetValue(m, out var p) && (refusePending || p.State == DuesPaymentState.Paid)).Select(m => existing[m]).ToList();
        if (taken.Count > 0)
        {
            return new DuesProblem.AlreadyPaid(payer.Name, taken);
        }

        var book = await BookAsync(cancellationToken);
        var dues = new List<(DuesMonth, decimal)>();
        foreach (var month in distinct)
        {
            // The base in effect decides each month; a month ahead is due at the latest base.
            if (book.DueFor(payer.Id, month) is not { } due)
            {
                return new DuesProblem.NoBase(payer.Name, month);
            }

            dues.Add((month, due));
        }

        return Outcome<IReadOnlyList<(DuesMonth Month, decimal Due)>, DuesProblem>.Ok(dues);
    }

    private async Task<DuesReceipt> NextReceiptAsync(CancellationToken cancellationToken)
    {
        var year = clock.Now.Year;
        return new DuesReceipt(year, await store.NextReceiptSequenceAsync(year, cancellationToken));
    }
}
