using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Overviews;

/// <summary>"我的党费今年交齐了没", "俺党费交没交", "党费交多少了我", "三个月没交党费了 给我看看欠了多少": 我的党费.</summary>
public sealed partial class MyDuesInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "我的党费";

    protected override Regex Asked => Pattern();

    protected override Regex? NotThis => Others();

    [GeneratedRegex(@"我的?(这个月|今年|全年|上个月)?的?党[费废](今年|这个月)?(到底)?(交|缴)(上|齐)?(了没|没交|没有|齐了没|到|了多少|多少了|了吗)|^我的?党费呢$|党[费废](交|缴)(了没|没交|到几月|到啥时候|多少了?我)|我.{0,4}党费.{0,8}(交没交|交了没|交齐了?没)|党费.{0,12}(给我看看|我看看).{0,2}欠了?多少|" + OwnInOtherWords)]
    private static partial Regex Pattern();

    /// <summary>
    /// "我今年党费还差哪几个月", "党费我还欠多少", "我这一年一共交了多少党费", "我的党费情况",
    /// "给我看看交费记录", "记不清自己交没交党费", "我今年党费是不是都交齐了", "我交了党费没有" (Cantonese "我交咗党费未" read
    /// so): the sender's own dues asked by what is owed, paid
    /// or due, with the words between 我 and 党费 a speaker puts there.
    /// </summary>
    private const string OwnInOtherWords = @"我(还|到底)?(欠不欠|欠没欠|差不差)党费|我.{0,12}党费.{0,10}(交|缴)到(哪|几月|啥时候|什么时候)|我(自己)?.{0,8}党费.{0,6}(还)?(欠|差)(了)?(多少|几|哪)|党费我(还)?(欠|差)(了)?(多少|几|哪)|我.{0,8}(一共|总共)(交|缴)了?(多少|几个月)|我.{0,6}(交|缴)了(多少钱?|几个月)的?党费|我的党费(是)?多少|我的?党费(情况|记录|明细)|给我(看看|看一下|查查|查一下)(我的)?(交费|缴费|党费)记录|(自己|我)(到底)?(交没交|交了没|有没有交|缴没缴)|我.{0,8}党费.{0,4}(是不是|有没有)(都)?(交|缴)(齐|完)?|我(已经)?(交|缴)(了|过|上)(这个月|本月|今年)?的?党费(了)?(没|没有|未|吗)$";

    /// <summary>Someone else's dues, or an income said with the question ("我工资七千 党费交多少": the rules' rates).</summary>
    [GeneratedRegex(@"谁|大家|几个人|多少人|哪些人|他|她|托我|替|工资|收入|退休金|退休费|月薪|薪水|到手|基数")]
    private static partial Regex Others();
}

/// <summary>"今年都谁没交齐党费", "还有几个没交党费", "咱这个月党费收得咋样了", "看看还有没交的没", "这个月大家党费都交齐了吗": 党费情况.</summary>
public sealed partial class DuesStatusInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "党费情况";

    protected override Regex Asked => Pattern();

    protected override bool AnswersYesNoQuestions => true;

    /// <summary>
    /// "我今年党费是不是都交齐了", "我的党费情况": the sender's own dues, when no one else is asked about ("我们支部…" and
    /// "你帮我看看这个月党费…" are the branch's).
    /// </summary>
    protected override Regex? NotThis => OwnOnly();

    [GeneratedRegex(@"^(?!.*(谁|大家|哪些|哪几|几个|多少人|全支部|全体|同志|他们)).*((?<!帮|给|替|让|叫)我(?!们)|自己)的?.{0,10}党费")]
    private static partial Regex OwnOnly();

    [GeneratedRegex(@"(谁|哪些人|哪几个人?|几个人|哪些同志|哪几个同志|哪几位)(的)?.{0,8}党费.{0,4}(还)?(没|未)(交|缴)|(谁|哪些人|哪几个人?)(还)?(欠着?|拖着?)(党费)?|党费.{0,4}(拖着|欠着).{0,8}(都是谁|是谁|有谁)|没(交|缴)党费的(都)?(有谁|是谁|有哪些|是哪些)|党费(收|交|缴)(上来|了)(多少)了?|党费(收缴|交纳|缴纳|收|交|缴)?的?(进度|情况)(咋样|怎么样|如何)?了?$|党费都?谁(交|缴)了|(谁|哪些人|几个人?|多少人)的?(还)?(没|未)(交|缴)(齐)?(上来)?(党费)?|党费.{0,8}(谁|哪些人|几个|多少人)(还)?(没|未)?(交|缴)|党费(都)?(收|交|缴)得(咋样|怎么样|如何)|党费交齐的有(几|多少)|党费没交的(呢|有谁)|党费.{0,12}还有没交的|(这个月|本月|上个?月|今年|本季度|这个季度|大家|全支部|支部|全体|咱们?).{0,6}党费.{0,4}(收|交|缴)(齐|全|完|上来)了?(吗|么|没有?)?$|党费(都)?(收|交|缴)齐了(吗|么|没有?)$")]
    private static partial Regex Pattern();
}
