using System.Globalization;
using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>Reads the broadcast a command names at its start: "广播12", "#12", "＃12", or (where allowed) a bare "12".</summary>
public static partial class BroadcastNumbers
{
    /// <summary>The number and the text after it; null number when the start names no broadcast.</summary>
    public static (int? Number, string Remainder) TakeLeading(string? arguments, bool bareNumberAllowed)
    {
        var text = (arguments ?? string.Empty).Trim();
        var match = (bareNumberAllowed ? Bare() : Prefixed()).Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (null, text);
        }

        return (number, text[match.Length..].TrimStart(' ', ':', '：', '，', ','));
    }

    [GeneratedRegex(@"^(?:广播\s*|[#＃]\s*)(?<n>[0-9]{1,6})(?=$|\s|[:：，,])")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^(?:广播\s*|[#＃]\s*)?(?<n>[0-9]{1,6})(?:号)?(?=$|\s|[:：，,])")]
    private static partial Regex Bare();
}
