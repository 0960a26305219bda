using System.Text;
using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Dues;

namespace BranchBot.Scheduling;

/// <summary>The words of the 党费 nudges. The arrears nudges cite the rule and ask to find out why; they accuse nobody.</summary>
public static class DuesNudgeTexts
{
    public const string PartyConstitutionArticle9 = "《中国共产党章程》第九条：党员如果没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。";

    public static string MonthlyReminder(Member member, DuesCell cell) =>
        $"【党费提醒】{member.Name}同志，{DuesTexts.Month(cell.Month)}的党费{DuesTexts.Money(cell.Due!.Value)}还没有登记。"
        + "交纳后请发送「交党费」登记；已当面交给组织委员的，请忽略本提醒。";

    public static string Arrears(DuesArrears owing) =>
        $"【党费提醒】{owing.Member.Name}已连续{owing.Months}个月（{Months(owing)}）没有交纳党费的记录。"
        + "请了解一下情况，提醒按月交纳；如确有困难，可按规定申请少交或免交。";

    public static string UrgentArrears(DuesArrears owing) =>
        $"【党费紧急提醒】{owing.Member.Name}已连续{owing.Months}个月（{Months(owing)}）没有交纳党费的记录。\n"
        + PartyConstitutionArticle9 + "\n"
        + "请尽快与本人谈心，了解是否有正当理由（如生活困难，可按规定申请少交或免交），帮助其及时补交；如记录有遗漏，请用「收党费」补记。";

    public static string YearlyReview(int year, IReadOnlyList<(Member Member, DuesBase? Base)> bases)
    {
        var text = new StringBuilder($"【党费基数年度核定】{year}年开始了，请核对每位党员的交纳基数（收入有变化的，从变化当月起按新基数交纳）：\n");
        foreach (var (member, dues) in bases)
        {
            text.Append(dues is null ? $"· {member.Name}：未登记\n" : $"· {member.Name}：{DuesTexts.Basis(dues)}，每月{DuesTexts.Money(dues.MonthlyAmount)}\n");
        }

        return text.Append("需要更新的，发送「党费基数 姓名 金额|身份」。").ToString();
    }

    private static string Months(DuesArrears owing) => DuesTexts.Months(owing.FirstUnpaid.AndFollowing(owing.Months));
}
