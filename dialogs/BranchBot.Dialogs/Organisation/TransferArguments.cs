using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// "陈静 到 第二党支部", "陈静 第二党支部", "陈静到第二党支部", "陈静，转到第二党支部": the member's name and the
/// receiving branch's name.
/// </summary>
internal static partial class TransferArguments
{
    public static (string Name, string Branch) Split(string arguments)
    {
        var text = TextNormalizer.CollapseSpaces(arguments ?? string.Empty).Trim();
        if (Glued().Match(text) is { Success: true } glued)
        {
            return (glued.Groups["name"].Value.Trim(' ', '，', ',', '、'), glued.Groups["branch"].Value.Trim());
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*(的组织关系)?\s*(转接到|转接至|转到|转至|转入|调到|调往|到|至)\s*(?<branch>\S.*)$")]
    private static partial Regex Glued();
}
