using System.Text.RegularExpressions;
using BranchBot.Core.Broadcasts;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// Who a broadcast is for, when its text says so at the start, so that the dialog does not ask again: "发给全体党员：…"
/// (words to the bot, taken out of the notice) or a salutation that is part of the notice ("各位党员：…", "全体支委：…",
/// kept). Only the whole branch and the 支委 are read; a 党小组 is chosen in the dialog.
/// </summary>
internal static partial class BroadcastAudienceClause
{
    /// <summary>The text (without an instruction to the bot) and the audience it names, or the text unchanged and null.</summary>
    public static (string Text, BroadcastAudienceKind? Audience) Take(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Instruction().Match(text) is { Success: true } instruction && text[instruction.Length..].Trim() is { Length: > 0 } rest)
        {
            return (rest, KindOf(instruction.Groups["committee"].Success));
        }

        return Salutation().Match(text) is { Success: true } salutation && text.Length > salutation.Length
            ? (text, KindOf(salutation.Groups["committee"].Success))
            : (text, null);
    }

    private static BroadcastAudienceKind KindOf(bool committee) => committee ? BroadcastAudienceKind.Committee : BroadcastAudienceKind.Branch;

    [GeneratedRegex(@"^(发给|发送给|给)((?<committee>全体支委|各位支委|支委们|支委会成员|支委)|全体党员|全体同志|所有党员|所有人|大家|各位党员|各位|全体|全支部)[：:，,\s]+")]
    private static partial Regex Instruction();

    [GeneratedRegex(@"^((?<committee>全体支委|各位支委|支委们|各位委员)|全体党员|全体同志|各位党员|各位同志|同志们|各位)[：:，,]")]
    private static partial Regex Salutation();
}
