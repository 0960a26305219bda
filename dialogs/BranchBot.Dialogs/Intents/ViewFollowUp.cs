using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// "那党课呢", "那下个月的呢", "那没来的呢" right after a view (签到情况, 党费情况, 近期安排…): the same view asked again
/// with the new meeting kind, period or filter (a member's name is not passed on: <see cref="IntentFreeTextHandler"/>). The view last shown is kept in the conversation
/// (<see cref="DialogState.LastView"/>) for a short while. A follow-up only ever shows that view again, so a bare name
/// said after it is never read as a write; without a recent view such a line is left to the other readers.
/// </summary>
public static partial class ViewFollowUp
{
    /// <summary>How long after a view "那…呢" still means it.</summary>
    public static readonly TimeSpan Holds = TimeSpan.FromMinutes(15);

    /// <summary>The views that read a kind, a period or a filter after their keyword.</summary>
    private static readonly HashSet<string> Views = ["签到情况", "党费情况", "我的党费", "近期安排", "往期会议", "党员名单", "谈心情况", "台账", "广播记录", "我的通知", "发展党员台账"];

    /// <summary>
    /// How old the kept view may grow before the same view shown again renews its time. Renewing it on every showing
    /// would change the conversation state, and so write it, on every read of a view; a view kept this recently still
    /// holds for at least <see cref="Holds"/> minus this.
    /// </summary>
    public static readonly TimeSpan RenewedAfter = TimeSpan.FromMinutes(5);

    /// <summary>Keeps <paramref name="line"/> as the view last shown when it is one of <see cref="Views"/>.</summary>
    public static void Remember(DialogState state, string line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(line);
        if (!Views.Contains(Keyword(line)))
        {
            return;
        }

        if (state.LastView is { } kept && kept.Line == line && now - kept.At < RenewedAfter && now >= kept.At)
        {
            return;
        }

        state.LastView = new ShownView { Line = line, At = now };
    }

    /// <summary>The last view's keyword with the follow-up's words ("签到情况 党课"), or null when the text is no follow-up of a recent view.</summary>
    public static string? Line(DialogState state, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LastView is not { } view || now - view.At > Holds || Asked().Match(TextNormalizer.StripTrailingPunctuation(text ?? string.Empty).Trim()) is not { Success: true } asked)
        {
            return null;
        }

        // "那下个月的呢": the 的 of a period goes ("近期安排 下个月"); "那没来的呢" keeps it, the filter is "没来的".
        var what = asked.Groups["what"].Value;
        what = Period().IsMatch(what) ? what.TrimEnd('的') : what;
        return $"{Keyword(view.Line)} {what}";
    }

    private static string Keyword(string line) => line.Split(' ', 2)[0];

    [GeneratedRegex(@"^(那|那么)(?<what>[^,，。?？!！\s也吧]{1,10}?)(呢|咧|嘞)$")]
    private static partial Regex Asked();

    [GeneratedRegex(@"(月|周|礼拜|星期|年|季度|天)的$")]
    private static partial Regex Period();
}
