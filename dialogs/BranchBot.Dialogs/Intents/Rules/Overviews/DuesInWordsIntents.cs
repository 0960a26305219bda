using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Overviews;

/// <summary>"我的党费今年交齐了没", "俺党费交没交", "党费交多少了我", "三个月没交党费了 给我看看欠了多少": 我的党费.</summary>
public sealed partial class MyDuesInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "我的党费";

    protected override Regex Asked => Pattern();

    protected override Regex? NotThis => Others();

    [GeneratedRegex(@"我的?(这个月|今年|全年|上个月)?的?党[费废](今年|这个月)?(到底)?(交|缴)(了没|没交|没有|齐了没|到|了多少|多少了|了吗)|党[费废](交|缴)(了没|没交|到几月|到啥时候|多少了?我)|我.{0,4}党费.{0,8}(交没交|交了没|交齐了?没)|党费.{0,12}(给我看看|我看看).{0,2}欠了?多少")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"谁|大家|几个人|多少人|哪些人|他|她|托我|替")]
    private static partial Regex Others();
}

/// <summary>"今年都谁没交齐党费", "还有几个没交党费", "咱这个月党费收得咋样了", "看看还有没交的没", "这个月大家党费都交齐了吗": 党费情况.</summary>
public sealed partial class DuesStatusInWordsIntent : OverviewInWordsIntent
{
    public override string Command => "党费情况";

    protected override Regex Asked => Pattern();

    protected override bool AnswersYesNoQuestions => true;

    [GeneratedRegex(@"(谁|哪些人|几个人?|多少人)的?(还)?(没|未)(交|缴)(齐)?(上来)?(党费)?|党费.{0,8}(谁|哪些人|几个|多少人)(还)?(没|未)?(交|缴)|党费(收|交)得(咋样|怎么样|如何)|党费交齐的有(几|多少)|党费没交的(呢|有谁)|党费.{0,12}还有没交的|(这个月|本月|上个?月|今年|本季度|这个季度|大家|全支部|支部|全体|咱们?).{0,6}党费.{0,4}(收|交|缴)(齐|全|完|上来)了?(吗|么|没有?)?$|党费(都)?(收|交|缴)齐了(吗|么|没有?)$")]
    private static partial Regex Pattern();
}
