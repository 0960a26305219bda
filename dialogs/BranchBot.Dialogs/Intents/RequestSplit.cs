using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Where a message may ask for two things: at a clause break ("党员大会推迟一周 支委会取消", "陈静设成支委，王芳调第二
/// 党小组") or at a word that starts a second request ("…，顺便问下党费交多少", "签个到 再帮我看下党费"). The
/// recogniser reads the parts on their own (<see cref="IntentRecognizer"/>); a break is a second request only when
/// both parts read as one, so a place or a reason said in its own clause stays with its request.
/// </summary>
public static partial class RequestSplit
{
    /// <summary>
    /// One way to cut the message: the first request, the second as typed, whether a word marked the second, and whether
    /// that word opens another matter by itself ("顺便", "另外", "此外", and "再" before a request's verb; "还有", "然后",
    /// "同时" only when a request follows).
    /// </summary>
    public sealed record Cut(string First, string Second, bool Marked, bool MarkedByItself);

    /// <summary>The cuts from the left; what tells the meeting's audience ("，顺便通知大家") is never a second request.</summary>
    public static IEnumerable<Cut> Cuts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = IntentText.WithoutAudienceNotice(text);
        foreach (Match boundary in Boundary().Matches(body))
        {
            var first = body[..boundary.Index].Trim(Trimmed);
            var second = body[(boundary.Index + boundary.Length)..].Trim(Trimmed);
            var word = boundary.Groups["word"].Value;
            var marked = word.Length > 0;
            if (first.Length < 2 || second.Length < 2 || AudienceOnly().IsMatch(second) || (!marked && Continues().IsMatch(second)))
            {
                continue;
            }

            yield return new Cut(first, second, marked, StrongWord().IsMatch(word) || word.StartsWith('再'));
        }
    }

    private static readonly char[] Trimmed = [' ', ',', '，', ';', '；', '。', '、', ':', '：'];

    /// <summary>
    /// A clause break, or a word opening a second request after one ("顺便", "另外", "还有", "然后", "再帮我", "也把"), with
    /// or without a break before it; dictated run-ons glue "然后" to the first request ("我先签个到然后你再帮我看看下周还有啥会").
    /// </summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5A-Za-z\d])(\s*[,，;；。]\s*|\s+)(?<word>(顺便|另外|此外|同时|还有|然后)(再|也)?|再(?=帮|给|把|看|查|发|通知|告诉|提醒|签|请|改|取消|安排|加|设|交|约|记|问))?|(?<=[\u4e00-\u9fa5])(?<word>(顺便|另外|此外)(再|也)?|然后(你|我)?(再|也)?(?=[\u4e00-\u9fa5]{2}))")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(顺便|另外|此外)")]
    private static partial Regex StrongWord();

    /// <summary>"通知全体党员参加", "告诉大家准时到": telling the audience to come is what a meeting's 确认 does.</summary>
    [GeneratedRegex(@"^(并|并且|顺便|同时|然后|另外)?(也|再)?(帮我|请|麻烦)?(通知|告诉|告知)(一下|下)?(大家|全体党员|全体支委|全体|所有人|各位支委|各位|支委们|参会的?(人员|同志|人)|与会人员|党员们|同志们)?(都)?(参加|参会|准时参加|准时到|按时参加|都来|到会|来开会|知道)?(一下)?$")]
    private static partial Regex AudienceOnly();

    /// <summary>A clause that goes on with the first one's request: "时间不变", "地点不变", "原因是…", "谢谢".</summary>
    [GeneratedRegex(@"^(时间|地点|主题|其他|别的|其它)(不变|照旧|照常)|^(原因|理由|事由)|^(因为|由于|所以|谢谢|辛苦|麻烦了)")]
    private static partial Regex Continues();
}
