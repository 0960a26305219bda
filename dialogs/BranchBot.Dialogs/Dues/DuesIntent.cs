using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// Free sentences about paying dues, read narrowly so questions about the rules still reach the knowledge base:
/// "我交一下这个月党费" and "这个月党费交了，微信转给组织委员了" (交党费, confirmed before anything is written), "张三交了三个月党费" (收党费, offered as a button;
/// the months are then asked back), "这个月谁还没交党费" and, from the committee, "李四这个月党费交了没" (党费情况 of the month,
/// which names everyone paid and unpaid).
/// </summary>
public sealed partial class DuesIntent : IIntentRule
{
    public string Command => "交党费";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // "想看下我党费交到哪个月了", "麻烦统计下这个月党费谁没交": the words that ask to be shown open the request, no part of it.
        // "谁还没交党费 帮我看看", "党费谁交了谁没交 列一下": so do the words that ask for it at the end.
        var text = ShowMeAtTheEnd().Replace(ShowMe().Replace(input.Clean.Replace(" ", string.Empty, StringComparison.Ordinal), string.Empty), string.Empty);
        // "张丽华工资7800，帮她登记一下党费基数": a member's income or 基数 is the 交纳基数, not dues received (offered as a
        // button; 党费基数 itself reads the amount strictly and asks back).
        if (input.Sender?.IsCommittee == true && (text.Contains("基数", StringComparison.Ordinal) || (text.Contains("党费", StringComparison.Ordinal) && Income().IsMatch(text)))
            && !AsksHow().IsMatch(text) && await input.MemberNamedAsync(text, cancellationToken) is { } earner)
        {
            var income = Income().Match(text);
            var line = income.Success ? $"党费基数 {earner} {income.Groups["status"].Value} {income.Groups["n"].Value}" : $"党费基数 {earner}";
            return new IntentMatch("党费基数", IntentText.Squeeze(line), IntentEffect.Write, 0.85, new Dictionary<string, string> { [IntentSlots.Name] = earner });
        }

        // The roster is read only for a sentence about dues received or paid up to, never for every committee message.
        if (input.Sender?.IsCommittee == true && text.Contains("党费", StringComparison.Ordinal) && !AsksHow().IsMatch(text)
            && (PaidUpTo().IsMatch(text) || Received().IsMatch(text)) && await input.MemberNamedAsync(text, cancellationToken) is { } member)
        {
            // "帮陈静看看她党费交到几月了": how far a member has paid is the month's 党费情况, which names them.
            if (PaidUpTo().IsMatch(text))
            {
                return new IntentMatch("党费情况", "党费情况", IntentEffect.Read, 0.9, new Dictionary<string, string>());
            }

            // "收到刘洋11月党费", "王芳的党费收了，记一下", "陈静刚把党费交给我了": the committee says it received a member's dues.
            if (Received().IsMatch(text) && !OthersPayment().IsMatch(text))
            {
                var months = Month().Match(text);
                return new IntentMatch("收党费", IntentText.Squeeze($"收党费 {member} {(months.Success ? months.Value : string.Empty)}"), IntentEffect.Write, 0.85, new Dictionary<string, string> { [IntentSlots.Name] = member });
            }
        }

        IntentMatch? match = null;
        if (OwnStatus().IsMatch(text) || OwnPaidUpTo().IsMatch(text) || OwnAsked().IsMatch(text))
        {
            match = new IntentMatch("我的党费", "我的党费", IntentEffect.Read, 0.9, new Dictionary<string, string>());
        }
        else if (Unpaid().Match(text) is { Success: true } unpaid)
        {
            match = new IntentMatch("党费情况", $"党费情况 {unpaid.Groups["m"].Value}".Trim(), IntentEffect.Read, 0.9, new Dictionary<string, string>());
        }
        else if ((OwnPayment().Match(text) is { Success: true } stated ? stated : OwnPaymentReported().Match(text)) is { Success: true } own
            && !AsksOrDenies().IsMatch(text))
        {
            // "11月和12月": each month as 交党费 takes them ("交党费 11月 12月").
            // "我交了党费100块": the amount said goes on the line, where 交党费 checks it against what the months come to.
            var amount = own.Groups["amount"].Success ? $" {own.Groups["amount"].Value}" : string.Empty;
            match = new IntentMatch(Command, IntentText.Squeeze($"交党费 {MonthJoiner().Replace(own.Groups["m"].Value, " ")}{amount}"), IntentEffect.Previewed, 0.9, new Dictionary<string, string>());
        }
        else if (OwnPaymentTerse().IsMatch(text))
        {
            // "我这月党费交一下", "党费已微信转账": the months, when said, are asked by 交党费 itself.
            match = new IntentMatch(Command, Command, IntentEffect.Previewed, 0.9, new Dictionary<string, string>());
        }
        else if (input.Sender?.IsCommittee == true && (MemberPaid().Match(text) is { Success: true } asked ? asked : MemberPaidAfterVerb().Match(text)) is { Success: true } whether)
        {
            match = new IntentMatch("党费情况", $"党费情况 {whether.Groups["m"].Value}".Trim(), IntentEffect.Read, 0.9, new Dictionary<string, string>());
        }
        else if (input.Sender?.IsCommittee == true && (Collected().Match(text) is { Success: true } done ? done : StillOwed().Match(text)) is { Success: true } collected)
        {
            match = new IntentMatch("党费情况", $"党费情况 {collected.Groups["m"].Value}".Trim(), IntentEffect.Read, 0.9, new Dictionary<string, string>());
        }
        else if (input.Sender?.IsCommittee == true && OthersPayment().Match(text) is { Success: true } other)
        {
            match = new IntentMatch("收党费", $"收党费 {other.Groups["name"].Value} {other.Groups["m"].Value}".Trim(), IntentEffect.Write, 0.9, new Dictionary<string, string>());
        }

        return match;
    }

    [GeneratedRegex(@"^(请|麻烦(你|您)?|帮我|帮忙|我)*(想|要)?(看看|看下|看一下|查查|查下|查一下|问下|问一下|统计下|统计一下|数一下)(?=.{2})")]
    private static partial Regex ShowMe();

    [GeneratedRegex(@"(?<=.{4})(帮我|给我|麻烦)?(看看|看一下|看下|列一下|列出来|列个表|汇总一下|汇总下|统计一下|统计下|查一下|查下)$")]
    private static partial Regex ShowMeAtTheEnd();

    /// <summary>
    /// "还有几个人党费没交", "十月份党费谁还欠着", "党费谁交了谁没交", "全支部党费交纳情况汇总一下": the committee asks who has not
    /// paid yet in other words than <see cref="Unpaid"/>'s (党费情况).
    /// </summary>
    [GeneratedRegex(@"^(还)?有?(几个|多少|哪些|哪几个)人?(的)?党费(还)?(没有|没|未)(交|缴)(上来|齐)?[吗呢啊]*$|^(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?党费(还)?有?谁(还)?(欠着|欠|没交上来)[吗呢啊]*$|^(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?党费谁(交|缴)了谁没(交|缴)?$|^(全支部|全体党员|大家|支部)的?(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?党费(交纳|缴纳|收缴|交|缴)?(的)?情况$")]
    private static partial Regex StillOwed();

    [GeneratedRegex(@"怎么|如何|咋|是否|要不要|能不能|可不可以|[？?]|吗$")]
    private static partial Regex AsksHow();

    /// <summary>"工资7800", "退休金4500元", "月薪 1.2万", "到手八千" is not read (党费基数 asks back): a monthly income in digits.</summary>
    [GeneratedRegex(@"((?<status>退休金|退休工资|退休费|养老金)|工资|月薪|薪水|收入|到手|基数)(是|为|有|按|大概|一个月|每月|每个月)*(?<n>\d+(,\d{3})*(\.\d{1,2})?(万|千)?)(元|块)?")]
    private static partial Regex Income();

    [GeneratedRegex(@"(交|缴)到(了)?(几|哪)|欠(了)?(几|多少)")]
    private static partial Regex PaidUpTo();

    /// <summary>The committee's own words for money received: 收到, 收了, 已收, 收一下, 交给我, 转给我, 登记上, 记一下.</summary>
    [GeneratedRegex(@"收到|收了|已收|收一下|收下|收好|(交|转|给)给?我(了|的)|交给我|转给我|登记(上|一下|下)|记(上|一下|下)|记上")]
    private static partial Regex Received();

    [GeneratedRegex(@"[0-9一二三四五六七八九十]{1,3}月份?((和|跟|与|及|、|到|至|-)[0-9一二三四五六七八九十]{1,3}月份?)*|第?[一二三四1-4]季度|(这个|上个)月")]
    private static partial Regex Month();

    /// <summary>"我这个月党费交了没", "我交过党费了吗", "我党费欠不欠", "今年党费我交了吗", "党费我交过了吗": one's own dues, whoever asks (我的党费).</summary>
    [GeneratedRegex(@"^(看看|看下|看一下|查查|查一下|查看)?我的党费$|^我的?(这个月|本月|上个月|上月|今年)?的?党费(交|缴)(过)?了(吗|没有?|没)$|^我(这个月|本月|上个月|上月|今年)?(交|缴)(过|了)?(这个月|本月|上个月|今年)?的?党费(了)?(吗|没有?|没)$|^我的?党费(还)?(欠不欠|欠了吗|欠没欠|有没有欠|欠多少|还欠多少|欠了多少)$|^(这个月|本月|上个月|上月|今年|[0-9一二三四五六七八九十]{1,3}月份?)?的?党费我(都|已经)?(交|缴)(过)?了(吗|没有?|没)$|^(这个月|本月|上个月|上月|今年|[0-9一二三四五六七八九十]{1,3}月份?)?的?党费我(交没交|交了没|缴没缴|交过没|交过没有)$")]
    private static partial Regex OwnStatus();

    /// <summary>"我每个月党费交多少", "我交党费交到几月了", "我还欠几个月党费": one's own monthly dues and how far they are paid (我的党费).</summary>
    [GeneratedRegex(@"^我(每个?月|一个月)(该|应该|应|要|得|需要)?(交|缴)多少(钱)?(的)?党费[吗呢啊？?]*$|^我(每个?月|一个月)的?党费(该|应该|应|要|得|需要)?(交|缴)多少(钱)?[吗呢啊？?]*$|^我(自己)?的?(交|缴)?党费(到底)?(交|缴)?到(了)?(几月份?|哪个?月份?|什么时候)了?[吗呢啊？?]*$|^我(还)?(欠|差)了?(几个月|多少钱?|几个月的)的?党费(没交)?[吗呢啊？?]*$|^我的?党费(还)?(欠|差)了?(几个月|多少钱?)(没交)?[吗呢啊？?]*$")]
    private static partial Regex OwnPaidUpTo();

    /// <summary>
    /// "我还欠党费吗", "我今年党费交了多少", "我的党费基数是多少": one's own arrears, what is paid this year, one's 基数 (我的党费);
    /// an income said with it is a question for the rules ("我工资8000一个月交多少党费" never matches: no income word fits here).
    /// </summary>
    [GeneratedRegex(@"^我(还)?(欠|差)(着)?党费(吗|么|没有?|不)?$|^我的?(今年|全年|这个月|本月|上个月)的?党费(一共|总共)?(交|缴)了(多少钱?|几个月|哪几个月)[吗呢啊？?]*$|^我的?党费基数(是)?(多少|几|什么|啥)[吗呢啊？?]*$")]
    private static partial Regex OwnAsked();

    [GeneratedRegex(@"^((这周|本周|这星期|这礼拜|目前|现在|到现在|至今|截至目前|今天)为?止?|(?<m>这个月|这月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?))?(的)?(党费)?(还)?有?谁(的?党费)?(还)?(没有|没)(交|缴|收)(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?(党费)?(上来|齐)?[吗呢啊？?。！!]*$")]
    private static partial Regex Unpaid();

    /// <summary>"党费收得怎么样了", "这个月党费收齐了没", "本月交党费的情况": the committee asks how the month's collection stands (党费情况).</summary>
    [GeneratedRegex(@"^(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?党费(收|交)(得|的|缴)?(怎么样|咋样|如何|情况)了?[吗呢啊？?。]*$|^(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?党费(收|交)齐了?(吗|没有?|没)[吗呢？?。]*$|^(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(的)?(交|缴|收)党费(的)?情况$")]
    private static partial Regex Collected();

    [GeneratedRegex(@"^我(想|要|来|已经|刚)?(交|缴)(一下|了)?(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十\-到至 ]{1,8}月份?|第?[一二三四1-4]季度)?(的)?((?<amount>[0-9]+(\.[0-9]{1,2})?)(元|块钱?)的?)?党费(了)?((?<amount>[0-9]+(\.[0-9]{1,2})?)(元|块钱?)?(了)?)?([吧。！!]*$|[，,].*$)")]
    private static partial Regex OwnPayment();

    /// <summary>
    /// "这个月党费交了，微信转给组织委员了", "10月的党费我已经转给组织委员了", "我把上个月党费交了": the member says it is
    /// paid, the words of how after a comma or after the verb (交党费 then shows the month and amount before 确认); when
    /// ("党费我上周已经转组织委员了") and how ("已经微信转给…") may come before the verb, a quarter for its months.
    /// </summary>
    [GeneratedRegex(@"^我?(已经)?(把)?(今年|全年)?(剩下|剩余)?的?(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?((和|跟|与|及|、)[0-9一二三四五六七八九十]{1,3}月份?)*|第?[一二三四1-4]季度)?(的)?党费我?(上周|上星期|上礼拜|前几天|前两天|昨天|前天|今天|刚才|刚刚|月初)?(已经|都|早就|刚|一起|一块|一次性)?(用|通过|拿)?(微信|支付宝|现金|转账|银行卡)?(交|缴|转|付|给)(过|好|完)?[^，,。！!]{0,12}了((?<amount>[0-9]+(\.[0-9]{1,2})?)(元|块钱?))?(哈|啊|呀|啦|哦|喽)?([。！!]*$|[，,].*$)")]
    private static partial Regex OwnPaymentReported();

    /// <summary>"我这月党费交一下", "我11、12两个月党费一起交", "党费已微信转账": the month first, the verb last.</summary>
    [GeneratedRegex(@"^我?(这个?月|本月|上个?月|[0-9一二三四五六七八九十]{1,2}(、[0-9一二三四五六七八九十]{1,2})*(两|三|四)?个?月份?)?(的)?党费我?(已经?)?(一起|一块|一次性)?(用|通过)?(微信|支付宝|现金|银行卡?)?(交|缴|转账|付)(一下|了)?(吧|哈)?$")]
    private static partial Regex OwnPaymentTerse();

    [GeneratedRegex(@"(?<=月份?)(和|跟|与|及|、)")]
    private static partial Regex MonthJoiner();

    /// <summary>Words that make a sentence about paying a question (how, to whom, whether) or a denial, not a report.</summary>
    [GeneratedRegex(@"吗|么|没|不|别|谁|哪|多少|怎么|如何|咋|啥|什么|是否|可以|要不要|[？?]")]
    private static partial Regex AsksOrDenies();

    [GeneratedRegex(@"^(?![我俺自]|这个?月|本月|上个?月|今年)(?<name>\p{IsCJKUnifiedIdeographs}{2,4}?)的?(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?的?党费(交|缴)了(吗|没有?|没)[吗呢？?。]*$")]
    private static partial Regex MemberPaid();

    [GeneratedRegex(@"^(?![我俺自]|这个?月|本月|上个?月|今年)(?<name>\p{IsCJKUnifiedIdeographs}{2,4}?)(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?(交|缴)(了)?(?<m>这个月|本月|上个月|上月|[0-9一二三四五六七八九十]{1,3}月份?)?的?党费(了)?(吗|没有?|没)[吗呢？?。]*$")]
    private static partial Regex MemberPaidAfterVerb();

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,4})(已经)?(交|缴)了(?<m>这个月|本月|上个月|[0-9一二三四五六七八九十两]{1,3}个月|[0-9一二三四五六七八九十\-到至 ]{1,8}月份?|第?[一二三四1-4]季度)(的)?党费[。！!]*$")]
    private static partial Regex OthersPayment();
}
