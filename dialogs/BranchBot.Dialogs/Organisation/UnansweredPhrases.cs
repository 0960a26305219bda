using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Organisation;

/// <summary>Questions members passed on that still wait for an answer, as people ask about them.</summary>
internal static partial class UnansweredPhrases
{
    /// <summary>"待答问题", "问题还没回复", "没答复的提问", "问题都回复了吗", "积压的问题".</summary>
    public static bool AsksForUnanswered(string text) => Unanswered().IsMatch(text);

    /// <summary>"全部待答问题", "所有没回复的问题": every question, so every branch's.</summary>
    public static bool NamesEveryQuestion(string text) => Every().IsMatch(text);

    [GeneratedRegex(@"待答|待回答|待回复|待答复|(问题|提问|问的).{0,12}(没|未)有?(回复|答复|回答|答|处理)|(没|未)有?(回复|答复|回答|答|处理)的?(问题|提问)|(问题|提问).{0,10}(回复|答复|回答)了(吗|没)|积压.{0,4}(问题|提问)")]
    private static partial Regex Unanswered();

    [GeneratedRegex(@"(全部|所有)的?(待答|待回答|待回复|没回复|没答复|未答复|没回答)")]
    private static partial Regex Every();
}
