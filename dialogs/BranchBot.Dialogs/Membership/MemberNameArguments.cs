using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Membership;

/// <summary>Splits "张三 第一党小组" into a name and whatever follows it.</summary>
internal static class MemberNameArguments
{
    public static (string Name, string Remainder) Split(string arguments)
    {
        var text = TextNormalizer.CollapseSpaces(arguments);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
    }
}
