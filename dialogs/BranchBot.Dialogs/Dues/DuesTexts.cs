using System.Globalization;
using System.Text;
using BranchBot.Core.Dues;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Dues;

/// <summary>The chat's words for 党费: bases, payments, receipts, status and ledger.</summary>
public static class DuesTexts
{
    public static readonly HelpTopic HelpTopic = new("党费", "党费", "交纳基数、交党费、收据和党费台账", Order: 35) { Aliases = ["党费收缴", "党费管理"] };

    public const string Regulation = DuesCalculator.Regulation;

    public const string AskBase = "请写上姓名和交纳基数（税后月收入，或身份），例如：党费基数 张三 8000、党费基数 李四 退休 4500、党费基数 王五 学生";

    public const string AskCollect = "请写上姓名和月份，金额可省略（默认为应交金额），例如：收党费 张三 10月 11月 12月、收党费 张三 第一季度 360";

    public const string AskMonthsToPay = "交哪几个月的党费？例如：这个月、1-3月、第一季度、10月 11月 12月";

    public const string AskWhoToConfirm = "确认谁的党费？请写姓名，例如：确认党费 张三；全部确认请发「确认党费 全部」。";

    public const string NoPending = "目前没有待确认的党费。";

    public const string PayCancelled = "好的，没有登记。";

    public const string CollectCancelled = "好的，没有登记。";

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture) + "元";

    public static string Month(DuesMonth month) => $"{month.Year}年{month.Month}月";

    /// <summary>"2026年11月—2027年1月、2027年3月": runs of consecutive months joined.</summary>
    public static string Months(IReadOnlyList<DuesMonth> months)
    {
        var ordered = months.Distinct().Order().ToList();
        var runs = new List<string>();
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j + 1 < ordered.Count && ordered[j + 1].Index == ordered[j].Index + 1)
            {
                j++;
            }

            runs.Add(i == j ? Month(ordered[i])
                : ordered[i].Year == ordered[j].Year ? $"{Month(ordered[i])}—{ordered[j].Month}月"
                : $"{Month(ordered[i])}—{Month(ordered[j])}");
            i = j + 1;
        }

        return string.Join("、", runs);
    }

    public static string Status(DuesStatus status) => status switch
    {
        DuesStatus.Employed => "在职",
        DuesStatus.Retired => "离退休",
        DuesStatus.Farmer => "农民",
        DuesStatus.Student => "学生",
        DuesStatus.Unemployed => "下岗失业",
        _ => "低保",
    };

    public static string Basis(DuesBase dues) => dues.Status switch
    {
        DuesStatus.Employed => $"税后月收入{Money(dues.MonthlyIncome!.Value)}",
        DuesStatus.Retired => $"离退休费{Money(dues.MonthlyIncome!.Value)}",
        _ => Status(dues.Status) + "党员",
    };

    public static string BaseSet(Member member, DuesBase dues)
    {
        var quote = dues.Quote;
        var rule = dues.Status.NeedsIncome() ? $"{quote.Bracket}，按{quote.Rate}" : quote.Rate;
        return $"已登记{member.Name}的交纳基数：{Basis(dues)}，自{Month(dues.EffectiveFrom)}起每月应交{Money(dues.MonthlyAmount)}"
            + $"（{rule}，{quote.Source}）。";
    }

    public static string ConfirmDifferentAmount(Member payer, IReadOnlyList<DuesMonth> months, decimal due, decimal given) =>
        $"{payer.Name} {Months(months)} 应交{Money(due)}，你写的是{Money(given)}。按{Money(given)}登记吗？";

    public static string ConfirmPay(IReadOnlyList<DuesMonth> months, decimal due) =>
        $"登记你已交 {Months(months)} 的党费，共{Money(due)}？确认后由组织委员核收并出具收据。";

    public static string Recorded(DuesPaymentResult result) =>
        (result.Repeated ? "这笔已登记过，不会重复登记。\n" : string.Empty)
        + $"已收{result.Payer.Name} {Months(result.Months)} 党费{Money(result.Total)}，收据号 {result.Receipt}。收据已发给{result.Payer.Name}。";

    public static string Reported(DuesPaymentResult result) =>
        (result.Repeated ? "这笔已登记过，不会重复登记。\n" : string.Empty)
        + $"已登记你交 {Months(result.Months)} 党费{Money(result.Total)}，待组织委员确认后给你收据。";

    public static string ReportedToCommittee(DuesPaymentResult result) =>
        $"【党费待确认】{result.Payer.Name}报告已交 {Months(result.Months)} 党费{Money(result.Total)}。核实后请发送「确认党费 {result.Payer.Name}」。";

    public static string Confirmed(DuesPaymentResult result) =>
        $"已确认{result.Payer.Name} {Months(result.Months)} 党费{Money(result.Total)}，收据号 {result.Receipt}。收据已发给{result.Payer.Name}。";

    public static string Receipt(DuesPaymentResult result, Member recorder)
    {
        var text = new StringBuilder("【党费收据】\n");
        text.Append(CultureInfo.InvariantCulture, $"收据号：{result.Receipt}\n交纳人：{result.Payer.Name}\n月份：{Months(result.Months)}\n");
        foreach (var payment in result.Payments.OrderBy(p => p.Month))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Month(payment.Month)}：{Money(payment.Amount)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"合计：{Money(result.Total)}\n经手人：{recorder.Name}");
        return text.ToString();
    }

    public static string PendingList(IReadOnlyList<(Member Member, IReadOnlyList<DuesPayment> Payments)> pending)
    {
        var text = new StringBuilder("待确认的党费：\n");
        foreach (var (member, payments) in pending)
        {
            text.Append(CultureInfo.InvariantCulture, $"· {member.Name}：{Months([.. payments.Select(p => p.Month)])}，{Money(payments.Sum(p => p.Amount))}\n");
        }

        return text.Append("发送「确认党费 姓名」逐个确认，或「确认党费 全部」。").ToString();
    }

    public static string MonthStatus(DuesMonthStatus status)
    {
        var text = new StringBuilder($"{Month(status.Month)}党费情况\n");
        void Section(string title, IEnumerable<(Member Member, DuesCell Cell)> rows, Func<DuesCell, decimal> amount, decimal total)
        {
            var list = rows.ToList();
            text.Append(CultureInfo.InvariantCulture, $"{title}（{list.Count}人，{Money(total)}）：");
            text.Append(list.Count == 0 ? "无" : string.Join("、", list.Select(r => $"{r.Member.Name} {Money(amount(r.Cell))}")));
            text.Append('\n');
        }

        Section("已交", status.Rows.Where(r => r.Cell.IsPaid), c => c.Payment!.Amount, status.PaidTotal);
        Section("待确认", status.Rows.Where(r => r.Cell.IsPending), c => c.Payment!.Amount, status.PendingTotal);
        // A member without a base who has not paid has not paid either: "谁还没交" must name them, not answer "无".
        var unpaid = status.Rows.Where(r => r.Cell.IsUnpaid).Select(r => $"{r.Member.Name} {Money(r.Cell.Due!.Value)}").ToList();
        var noBase = status.Rows.Where(r => r.Cell.Due is null && r.Cell.Payment is null).Select(r => r.Member.Name).ToList();
        var unknownAmounts = noBase.Count == 0 ? string.Empty : $"，另有{noBase.Count}人应交金额未定";
        text.Append(CultureInfo.InvariantCulture, $"未交（{unpaid.Count + noBase.Count}人，{Money(status.UnpaidTotal)}{unknownAmounts}）：");
        text.Append(unpaid.Count + noBase.Count == 0 ? "无" : string.Join("、", unpaid.Concat(noBase.Select(n => $"{n}（未登记基数）"))));
        text.Append('\n');
        if (noBase.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"未登记交纳基数：{string.Join("、", noBase)}（发送「党费基数 姓名 金额」登记）\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A member per line: ✓ paid, … pending, ✗ unpaid, - not kept; then totals.</summary>
    public static string Ledger(DuesLedger ledger)
    {
        var text = new StringBuilder($"{ledger.Year}年党费台账（✓已交 …待确认 ✗未交 -未登记）\n");
        foreach (var (member, cells) in ledger.Rows)
        {
            var marks = string.Concat(cells.Select(c => c.IsPaid ? "✓" : c.IsPending ? "…" : c.IsUnpaid ? "✗" : "-"));
            text.Append(CultureInfo.InvariantCulture, $"{member.Name}：{marks} 合计{Money(DuesLedger.MemberTotal(cells))}\n");
        }

        var byMonth = ledger.Months.Select((m, i) => (m, total: ledger.MonthTotal(i))).Where(x => x.total > 0).Select(x => $"{x.m.Month}月{Money(x.total)}");
        text.Append(CultureInfo.InvariantCulture, $"按月：{string.Join("、", byMonth.DefaultIfEmpty("无"))}\n全年已收：{Money(ledger.Total)}\n完整表格请在管理后台「党费」页导出。");
        return text.ToString();
    }

    public static string Statement(DuesStatement statement)
    {
        if (statement.Base is not { } dues)
        {
            return "你的交纳基数还没有登记，请联系组织委员（支委会）登记后再交党费。";
        }

        var text = new StringBuilder($"交纳基数：{Basis(dues)}（{Month(dues.EffectiveFrom)}起）\n每月应交：{Money(dues.MonthlyAmount)}\n");
        var paid = statement.Year.Where(c => c.IsPaid).ToList();
        var pending = statement.Year.Where(c => c.IsPending).ToList();
        text.Append(CultureInfo.InvariantCulture, $"今年已交：{(paid.Count == 0 ? "无" : $"{Months([.. paid.Select(c => c.Month)])}，共{Money(paid.Sum(c => c.Payment!.Amount))}")}\n");
        if (pending.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"待确认：{Months([.. pending.Select(c => c.Month)])}\n");
        }

        text.Append(statement.Owed.Count == 0 ? "没有欠交。" : $"未交：{Months([.. statement.Owed.Select(c => c.Month)])}，共{Money(statement.OwedTotal)}。发送「交党费 月份」登记。");
        return text.ToString();
    }

    /// <summary>A member paying for a month before (or without) a registered base: the month is named, since a base may start later.</summary>
    public static string OwnNoBase(DuesProblem.NoBase problem, decimal? paid = null) => paid is { } amount
        ? $"你交的{Money(amount)}暂时登记不了：你在{Month(problem.Month)}还没有登记交纳基数。请联系组织委员（支委会）登记基数，之后再发「交党费」登记，或由组织委员直接登记收款。"
        : $"你在{Month(problem.Month)}还没有登记交纳基数，请联系组织委员（支委会）登记后再交。";

    /// <summary>The amount a member says they paid is not what the months come to: said plainly, nothing recorded.</summary>
    public static string PaidAmountDiffers(IReadOnlyList<DuesMonth> months, decimal due, decimal paid, bool monthsAssumed) =>
        $"按登记的交纳基数，{Months(months)}应交{Money(due)}，和你说的{Money(paid)}不一致，先不登记。"
        + (monthsAssumed ? "如果一次交了几个月，请写明月份，例如「交党费 11月 12月」；" : "请核对月份，")
        + "金额有出入请联系组织委员。";

    public static string MonthsUnclear => "没看懂是哪几个月。请写明月份，例如：这个月、11月、1-3月、第一季度、10月 11月 12月。";

    public static string AmountUnclear(string text) => $"没看懂金额「{text}」。请写数字（元，最多两位小数），例如 120 或 120.50。";

    public static string BaseUnclear(string text) => $"没看懂交纳基数「{text}」。请写税后月收入（如 8000），或身份：退休 金额、农民 [0.2–1元]、学生、下岗失业、低保。";

    public static string YearUnknown(string text) => $"没看懂年份「{text}」，例如：党费台账 2026";

    public static string Problem(DuesProblem problem) => problem switch
    {
        DuesProblem.CommitteeOnly => "只有支委会成员（书记、副书记、支委）可以登记交纳基数和收党费。",
        DuesProblem.NotMember => "你目前不是本支部的在册党员。",
        DuesProblem.IncomeMissing p => $"{Status(p.Status)}党员请写上月收入金额，例如：党费基数 张三 {(p.Status == DuesStatus.Retired ? "退休 4500" : "8000")}",
        DuesProblem.AmountInvalid p => $"金额「{p.Amount.ToString(CultureInfo.InvariantCulture)}」不对：请写不小于0、最多两位小数的元。",
        DuesProblem.FarmerAmountOutOfRange p => $"农民党员每月交纳0.2元至1元（{Regulation}第六条），「{p.Amount.ToString(CultureInfo.InvariantCulture)}」不在这个范围。",
        DuesProblem.NoMonths => MonthsUnclear,
        DuesProblem.TooFarAhead p => $"最多预交{p.MaxMonthsAhead}个月，{Month(p.Month)}太远了。",
        DuesProblem.NoBase p => $"{p.MemberName}在{Month(p.Month)}还没有交纳基数，请先发送「党费基数 {p.MemberName} 金额」登记。",
        DuesProblem.AlreadyPaid p => $"{p.MemberName} {Months([.. p.Payments.Select(x => x.Month)])} 已经登记过了"
            + (p.Payments.All(x => x.State == DuesPaymentState.Pending) ? "（待确认）。" : "。"),
        DuesProblem.NothingPending p => $"{p.MemberName}没有待确认的党费。",
        _ => "这个操作没有完成。",
    };
}
