using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;

namespace BranchBot.Core.Dues;

/// <summary>One member's dues for one month: what is due (null without a base) and the payment, if any.</summary>
public sealed record DuesCell(DuesMonth Month, decimal? Due, DuesPayment? Payment)
{
    public bool IsPaid => Payment is { State: DuesPaymentState.Paid };

    public bool IsPending => Payment is { State: DuesPaymentState.Pending };

    /// <summary>Due and neither paid nor reported.</summary>
    public bool IsUnpaid => Due is not null && Payment is null;
}

/// <summary>党费情况: every active member's state for the month, and the totals.</summary>
public sealed record DuesMonthStatus(DuesMonth Month, IReadOnlyList<(Member Member, DuesCell Cell)> Rows)
{
    public decimal PaidTotal => Rows.Where(r => r.Cell.IsPaid).Sum(r => r.Cell.Payment!.Amount);

    public decimal PendingTotal => Rows.Where(r => r.Cell.IsPending).Sum(r => r.Cell.Payment!.Amount);

    public decimal UnpaidTotal => Rows.Where(r => r.Cell.IsUnpaid).Sum(r => r.Cell.Due!.Value);
}

/// <summary>党费台账: per member per month of a year, with totals per month and per member (paid only).</summary>
public sealed record DuesLedger(int Year, IReadOnlyList<DuesMonth> Months, IReadOnlyList<(Member Member, IReadOnlyList<DuesCell> Cells)> Rows)
{
    public decimal MonthTotal(int monthIndex) => Rows.Sum(r => r.Cells[monthIndex].IsPaid ? r.Cells[monthIndex].Payment!.Amount : 0m);

    public static decimal MemberTotal(IReadOnlyList<DuesCell> cells) => cells.Where(c => c.IsPaid).Sum(c => c.Payment!.Amount);

    public decimal Total => Rows.Sum(r => MemberTotal(r.Cells));
}

/// <summary>我的党费: the base in effect, this year's months and what is owed.</summary>
public sealed record DuesStatement(Member Member, DuesBase? Base, IReadOnlyList<DuesCell> Year, IReadOnlyList<DuesCell> Owed)
{
    public decimal OwedTotal => Owed.Sum(c => c.Due ?? 0m);
}

/// <summary>A member with consecutive months up to last month neither paid nor reported.</summary>
public sealed record DuesArrears(Member Member, DuesMonth FirstUnpaid, int Months);

/// <summary>The read side of 党费: monthly status, the yearly ledger, a member's own statement, arrears.</summary>
public sealed class DuesReports(IDuesStore store, IMembershipStore members, BranchClock clock)
{
    public DuesMonth CurrentMonth => DuesMonth.Of(clock.Now);

    public async Task<DuesMonthStatus> MonthStatusAsync(DuesMonth month, CancellationToken cancellationToken)
    {
        var (roster, book) = await ReadAsync(cancellationToken);
        var payments = (await store.ListPaymentsAsync(month, month, cancellationToken)).ToDictionary(p => p.MemberId, StringComparer.Ordinal);
        return new DuesMonthStatus(month, [.. roster.Select(m => (m, new DuesCell(month, book.DueFor(m.Id, month), payments.GetValueOrDefault(m.Id))))]);
    }

    public async Task<DuesLedger> LedgerAsync(int year, CancellationToken cancellationToken)
    {
        var (roster, book) = await ReadAsync(cancellationToken);
        var months = new DuesMonth(year, 1).AndFollowing(12);
        var payments = (await store.ListPaymentsAsync(months[0], months[^1], cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new DuesLedger(year, months, [.. roster.Select(m => (m, (IReadOnlyList<DuesCell>)[.. months.Select(month =>
            new DuesCell(month, book.DueFor(m.Id, month), payments.GetValueOrDefault(DuesPayment.IdOf(m.Id, month))))]))]);
    }

    /// <summary>The member's own: this year's months and every month owed since their dues were first kept.</summary>
    public async Task<DuesStatement> StatementAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var book = new DuesBook(await store.ListBasesAsync(cancellationToken));
        var payments = (await store.ListPaymentsOfAsync(member.Id, cancellationToken)).ToDictionary(p => p.Month);
        var current = CurrentMonth;
        DuesCell Cell(DuesMonth month) => new(month, book.DueFor(member.Id, month), payments.GetValueOrDefault(month));
        var year = new DuesMonth(current.Year, 1).AndFollowing(12).Select(Cell).ToList();
        var owed = book.TrackedFrom(member.Id) is { } from ? DuesMonth.Range(from, current).Select(Cell).Where(c => c.IsUnpaid).ToList() : [];
        return new DuesStatement(member, book.BaseFor(member.Id, current) ?? book.LatestOf(member.Id), year, owed);
    }

    /// <summary>
    /// Active members with at least <paramref name="atLeast"/> consecutive months unpaid, counted back from last month
    /// (the current month is still open) to the first month their dues were kept. A reported month counts as paid.
    /// </summary>
    public async Task<IReadOnlyList<DuesArrears>> ArrearsAsync(int atLeast, CancellationToken cancellationToken)
    {
        var (roster, book) = await ReadAsync(cancellationToken);
        var last = CurrentMonth.AddMonths(-1);
        var paid = (await store.ListPaymentsAsync(last.AddMonths(-24), last, cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var arrears = new List<DuesArrears>();
        foreach (var member in roster)
        {
            if (book.TrackedFrom(member.Id) is not { } from)
            {
                continue;
            }

            var count = 0;
            for (var month = last; month >= from && count < 24 && !paid.Contains(DuesPayment.IdOf(member.Id, month)); month = month.AddMonths(-1))
            {
                count++;
            }

            if (count >= atLeast)
            {
                arrears.Add(new DuesArrears(member, last.AddMonths(1 - count), count));
            }
        }

        return arrears;
    }

    /// <summary>Every active member with the base in effect this month (null when none is recorded).</summary>
    public async Task<IReadOnlyList<(Member Member, DuesBase? Base)>> BasesAsync(CancellationToken cancellationToken)
    {
        var (roster, book) = await ReadAsync(cancellationToken);
        return [.. roster.Select(m => (m, book.BaseFor(m.Id, CurrentMonth) ?? book.LatestOf(m.Id)))];
    }

    private async Task<(IReadOnlyList<Member> Roster, DuesBook Book)> ReadAsync(CancellationToken cancellationToken)
    {
        var roster = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).Order(MemberOrder.Instance).ToList();
        return (roster, new DuesBook(await store.ListBasesAsync(cancellationToken)));
    }
}
