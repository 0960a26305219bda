using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// "算了，刚才那个说错了，工作上其实挺困难的", "不对，上一个问题我想改一下": an answer that takes back the answer before
/// it. Read as an answer to the question now asked, its words would be filed under the wrong topic (and a work problem
/// told at the 生活 question read as money trouble).
/// </summary>
internal static partial class PreviousAnswerCorrection
{
    /// <summary>Whether <paramref name="answer"/> takes back the previous answer; <paramref name="rest"/> is what it says instead (empty when nothing).</summary>
    public static bool TryRead(string answer, out string rest)
    {
        var match = Opening().Match(answer.Trim());
        rest = match.Success ? answer.Trim()[match.Length..].Trim(Trimmed) : string.Empty;
        return match.Success;
    }

    private static readonly char[] Trimmed = [' ', '，', ',', '。', '.', '、', '；', ';', '!', '！', ':', '：', '~', '～'];

    [GeneratedRegex(
        @"^((不对|不好意思|抱歉|算了|等等|等一下|哎呀?)[,，。!！ ]*)*" +
        @"((刚才|刚刚|上一个|上个|上一题|前一个|前面)(的|那个|那题|那句|那条|问题|一个问题|个问题)?(的)?(回答|答案)?(我)?(说|写|答|填|回答)?(错了|得不对|的不对|不对|不准确)" +
        @"|(我)?(想|要)?(改一下|改改|修改一下|更正一下|重新说一下|重说一下)(刚才|刚刚|上一个|上一题|前面)(的|那个)?(回答|问题|那题)?" +
        @"|(刚才|刚刚|上一个|上一题|前面)(的|那个)?(回答|问题|那题)?(我)?(想|要)(改一下|改改|修改一下|更正一下|重新说一下|重说一下|改))" +
        @"[,，。:：!！ ]*")]
    private static partial Regex Opening();
}
