using BranchBot.Core.Dues;

namespace BranchBot.Tests.Dues;

/// <summary>Bases, self-reports and confirmation, committee records, prepayment, receipts and refusals.</summary>
public class DuesServiceTests
{
    private static readonly DuesMonth November = new(2026, 11);
    private static readonly DuesMonth December = new(2026, 12);

    [Fact]
    public async Task A_self_report_stays_pending_until_confirmed_and_then_gets_a_receipt()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 8000m);
        var zhang = await branch.MemberAsync("张三");

        var reported = await branch.Dues.ReportAsync(zhang, [November], "b1", DuesScenario.None);
        Assert.True(reported.Succeeded);
        Assert.Equal(DuesPaymentState.Pending, Assert.Single(reported.Value!.Payments).State);
        Assert.Null(reported.Value.Receipt);
        Assert.Equal(120.00m, reported.Value.Total);

        var confirmed = await branch.Dues.ConfirmAsync(await branch.MemberAsync("王书记"), zhang, DuesScenario.None);
        Assert.True(confirmed.Succeeded);
        Assert.Equal(new DuesReceipt(2026, 1), confirmed.Value!.Receipt);
        Assert.Equal(DuesPaymentState.Paid, Assert.Single(confirmed.Value.Payments).State);

        var again = await branch.Dues.ConfirmAsync(await branch.MemberAsync("王书记"), zhang, DuesScenario.None);
        Assert.IsType<DuesProblem.NothingPending>(again.Problem);
    }

    [Fact]
    public async Task A_quarter_paid_ahead_is_one_receipt_over_three_months_and_the_same_request_again_writes_nothing()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        var (secretary, zhang) = (await branch.MemberAsync("王书记"), await branch.MemberAsync("张三"));
        DuesMonth[] quarter = [new(2027, 1), new(2027, 2), new(2027, 3)];

        var first = await branch.Dues.RecordAsync(secretary, zhang, quarter, null, "q1", DuesScenario.None);
        var repeated = await branch.Dues.RecordAsync(secretary, zhang, quarter, null, "q1", DuesScenario.None);

        Assert.Equal(quarter, first.Value!.Months);
        Assert.Equal(120.00m, first.Value.Total);
        Assert.All(first.Value.Payments, p => Assert.Equal(new DuesReceipt(2026, 1), p.Receipt));
        Assert.True(repeated.Value!.Repeated);
        Assert.Equal(new DuesReceipt(2026, 1), repeated.Value.Receipt);
        var statement = await branch.Reports.StatementAsync(zhang, DuesScenario.None);
        Assert.Equal([November], statement.Owed.Select(c => c.Month));
    }

    [Fact]
    public async Task A_different_amount_is_split_over_the_months_and_paid_months_are_refused()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        var (secretary, zhang) = (await branch.MemberAsync("王书记"), await branch.MemberAsync("张三"));

        var recorded = await branch.Dues.RecordAsync(secretary, zhang, [November, December], 100m, "x", DuesScenario.None);
        Assert.Equal([50m, 50m], recorded.Value!.Payments.Select(p => p.Amount));

        var twice = await branch.Dues.RecordAsync(secretary, zhang, [December], null, "y", DuesScenario.None);
        Assert.Equal([December], Assert.IsType<DuesProblem.AlreadyPaid>(twice.Problem).Payments.Select(p => p.Month));
        var reportPaid = await branch.Dues.ReportAsync(zhang, [November], "z", DuesScenario.None);
        Assert.IsType<DuesProblem.AlreadyPaid>(reportPaid.Problem);
    }

    [Fact]
    public async Task Members_cannot_record_and_a_month_before_the_base_or_too_far_ahead_is_refused()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        var (zhang, li) = (await branch.MemberAsync("张三"), await branch.MemberAsync("李四"));

        Assert.IsType<DuesProblem.CommitteeOnly>((await branch.Dues.RecordAsync(zhang, zhang, [November], null, "a", DuesScenario.None)).Problem);
        Assert.IsType<DuesProblem.CommitteeOnly>((await branch.Dues.SetBaseAsync(zhang, li, DuesStatus.Student, null, null, DuesScenario.None)).Problem);
        Assert.Equal(new DuesMonth(2026, 10), Assert.IsType<DuesProblem.NoBase>((await branch.Dues.ReportAsync(zhang, [new DuesMonth(2026, 10)], "b", DuesScenario.None)).Problem).Month);
        Assert.IsType<DuesProblem.NoBase>((await branch.Dues.ReportAsync(li, [November], "c", DuesScenario.None)).Problem);
        Assert.IsType<DuesProblem.TooFarAhead>((await branch.Dues.ReportAsync(zhang, [new DuesMonth(2027, 12)], "d", DuesScenario.None)).Problem);
    }

    [Fact]
    public async Task A_new_base_counts_from_its_month_and_earlier_months_keep_the_old_amount()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        branch.SetLocalTime(new DateTime(2027, 1, 5, 9, 0, 0));
        await branch.SalaryAsync("张三", 12000m);
        var zhang = await branch.MemberAsync("张三");

        Assert.Equal(40m + 40m + 240m, (await branch.Dues.DueAsync(zhang, [November, December, new DuesMonth(2027, 1)], DuesScenario.None)).Value);
    }

    [Fact]
    public async Task Bad_bases_are_refused()
    {
        await using var branch = new DuesScenario();
        var (secretary, zhang) = (await branch.MemberAsync("王书记"), await branch.MemberAsync("张三"));

        Assert.IsType<DuesProblem.IncomeMissing>((await branch.Dues.SetBaseAsync(secretary, zhang, DuesStatus.Retired, null, null, DuesScenario.None)).Problem);
        Assert.IsType<DuesProblem.AmountInvalid>((await branch.Dues.SetBaseAsync(secretary, zhang, DuesStatus.Employed, 5000.001m, null, DuesScenario.None)).Problem);
        Assert.IsType<DuesProblem.AmountInvalid>((await branch.Dues.SetBaseAsync(secretary, zhang, DuesStatus.Employed, -1m, null, DuesScenario.None)).Problem);
        Assert.IsType<DuesProblem.FarmerAmountOutOfRange>((await branch.Dues.SetBaseAsync(secretary, zhang, DuesStatus.Farmer, null, 2m, DuesScenario.None)).Problem);
    }

    [Fact]
    public async Task Arrears_count_consecutive_unpaid_months_back_across_the_year_end()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        await branch.SalaryAsync("李四", 4000m);
        await branch.RecordAsync("李四", November);

        // 2 March 2027: last month is February; 张三 owes November to February (4), 李四 December to February (3).
        branch.SetLocalTime(new DateTime(2027, 3, 2, 9, 0, 0));
        var arrears = await branch.Reports.ArrearsAsync(3, DuesScenario.None);
        Assert.Equal([("张三", 4, November), ("李四", 3, December)], arrears.Select(a => (a.Member.Name, a.Months, a.FirstUnpaid)));
        Assert.Empty(await branch.Reports.ArrearsAsync(5, DuesScenario.None));

        branch.SetLocalTime(new DateTime(2027, 4, 1, 0, 30, 0));
        Assert.Equal([("张三", 5)], (await branch.Reports.ArrearsAsync(5, DuesScenario.None)).Select(a => (a.Member.Name, a.Months)));
    }

    [Fact]
    public async Task The_month_status_and_ledger_total_paid_pending_and_unpaid()
    {
        await using var branch = new DuesScenario();
        await branch.SalaryAsync("张三", 4000m);
        await branch.SalaryAsync("李四", 8000m);
        await branch.RecordAsync("张三", November);
        await branch.Dues.ReportAsync(await branch.MemberAsync("李四"), [November], "p", DuesScenario.None);

        var status = await branch.Reports.MonthStatusAsync(November, DuesScenario.None);
        Assert.Equal((40m, 120m, 0m), (status.PaidTotal, status.PendingTotal, status.UnpaidTotal));
        var ledger = await branch.Reports.LedgerAsync(2026, DuesScenario.None);
        Assert.Equal(40m, ledger.MonthTotal(10));
        Assert.Equal(40m, ledger.Total);
    }
}
