using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// Splits "张三 第一党小组" into a name and whatever follows it. People type Chinese punctuation between them too
/// ("张丽华，第一党小组", "张三、支委"): that splits only after a whole Chinese name (2 to 4 characters), so "张,三" stays one
/// (refused) name instead of becoming 张 in 党小组 三.
/// </summary>
internal static partial class MemberNameArguments
{
    public static (string Name, string Remainder) Split(string arguments)
    {
        var text = TextNormalizer.CollapseSpaces(arguments);
        if (NameThenPunctuation().Match(text) is { Success: true } typed)
        {
            return (typed.Groups["name"].Value, typed.Groups["rest"].Value.Trim());
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
    }

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,4})\s*[，,、；;]\s*(?<rest>\S.*)$")]
    private static partial Regex NameThenPunctuation();
}
