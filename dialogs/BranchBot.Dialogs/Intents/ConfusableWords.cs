using System.Text;
using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// "我的日立链接", "党员名但", "谈心清况", "签倒", "只委会", "台帐": a word of the bot's own vocabulary typed with one of its
/// characters swapped for another a pinyin IME offers for the same syllable is that word. Only the vocabulary below is
/// put right, one character at a time, so a name, a date or a number is never touched; a place that starts with such a
/// spelling ("日立大厦") keeps it, and so does a real word that starts with it ("报名但是", "12月2日立即"). Swaps that would
/// meet real words too often (当 for 党: "相当费劲"; 知 for 支: "告知委员") are not made.
/// </summary>
public static class ConfusableWords
{
    /// <summary>For each character of the vocabulary, the characters typed for it by mistake (same or near sound).</summary>
    private static readonly Dictionary<char, string> TypedFor = new()
    {
        ['历'] = "立力",
        ['单'] = "但",
        ['名'] = "明民",
        ['情'] = "请清晴",
        ['到'] = "倒道岛",
        ['委'] = "为",
        ['谈'] = "潭",
        ['支'] = "只之",
        ['账'] = "帐仗",
        ['费'] = "废飞肺非",
        ['党'] = "档",
        ['排'] = "拍徘牌",
        ['安'] = "按",
        ['假'] = "价驾",
        ['课'] = "科",
        ['会'] = "惠汇回",
        ['请'] = "清情晴",
        ['播'] = "拨波博",
        ['况'] = "框矿眶",
        ['进'] = "近",
        ['邀'] = "要腰",
        ['消'] = "校销",
    };

    /// <summary>The words put right: command words and the words the rules read them by.</summary>
    private static readonly string[] Vocabulary =
    [
        "日历", "名单", "情况", "签到", "签个到", "支委", "支委会", "台账", "党费", "安排", "请假", "党课", "谈心", "邀请码", "广播", "进度",
        "党员大会", "党小组会", "组织生活会", "开会", "啥会", "什么会", "取消", "交到几",
    ];

    /// <summary>
    /// "12月2日立即", "明日立刻": a date before a spelling that starts with 日 joins it to the date, so it is no misspelling.
    /// Other spellings are put right after a date too ("周五之委会请假").
    /// </summary>
    private const string DateBefore = @"[\d一二三四五六七八九十今明昨前后每次某]";

    /// <summary>
    /// A place ("日立大厦"), and the words the spelling starts in earnest: 但是/但凡/但愿 ("报名但是…"), 委托 ("只委托他"),
    /// 立即/立刻, 按排序/按排名.
    /// </summary>
    private const string RealWordAfter = "大厦|大楼|楼|厅|室|中心|广场|路|街|公司|酒店|宾馆|馆|园|村|托|是|凡|愿|即|刻|任|序|名|队|号|列|常|法|复|来|去|家|事|答|应|头|忆|报|顾|归|总|款|率|合|民";

    private static readonly (string Typed, string Meant)[] Misspellings = [.. Vocabulary.SelectMany(TyposOf).Distinct()];

    private static readonly Dictionary<string, string> MeantBy = Misspellings.ToDictionary(pair => pair.Typed, pair => pair.Meant);

    private static readonly Regex Misspelt = new(
        "(" + string.Join('|', Misspellings.Select(pair => (pair.Typed[0] == '日' ? "(?<!" + DateBefore + ")" : string.Empty) + Regex.Escape(pair.Typed))) + ")(?!" + RealWordAfter + ")",
        RegexOptions.CultureInvariant);

    /// <summary>The text with every misspelt vocabulary word put right.</summary>
    public static string PutRight(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Misspelt.Replace(text, match => MeantBy[match.Value]);
    }

    /// <summary>
    /// One character swapped; in a word of three characters or more ("只为会" for 支委会) two, the rest of the word holding
    /// the reading where a two-character spelling alone ("只为") would be a real word.
    /// </summary>
    private static IEnumerable<(string Typed, string Meant)> TyposOf(string word)
    {
        foreach (var once in Swapped(word, 0))
        {
            yield return (once.Typed, word);
            if (word.Length < 3)
            {
                continue;
            }

            foreach (var twice in Swapped(once.Typed, once.At + 1))
            {
                yield return (twice.Typed, word);
            }
        }
    }

    private static IEnumerable<(string Typed, int At)> Swapped(string word, int from)
    {
        for (var i = from; i < word.Length; i++)
        {
            if (!TypedFor.TryGetValue(word[i], out var typos))
            {
                continue;
            }

            foreach (var typo in typos)
            {
                yield return (new StringBuilder(word) { [i] = typo }.ToString(), i);
            }
        }
    }
}
