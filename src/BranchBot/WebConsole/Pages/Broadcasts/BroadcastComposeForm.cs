using BranchBot.Core;
using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// The fields of the 写广播 form as typed: shown again for 修改, carried hidden from 预览 to 确认发送, and turned into
/// a <see cref="BroadcastDraft"/> (立即 or 定时) or, when a rhythm is typed, a <see cref="BroadcastPlanDraft"/> (定期)
/// the same way both times, so what is sent is what was previewed (BroadcastEditor draws it, PreviewFields carries it).
/// </summary>
public sealed record BroadcastComposeForm(string Text, string Audience, bool Acknowledgement, string At, string Rhythm)
{
    public const string BranchValue = "branch";
    public const string CommitteeValue = "committee";
    public const string GroupPrefix = "group:";
    public const string RhythmExample = "每月5日上午9点";

    private const string NoAudience = "请选择发送对象：全体党员、支委或一个党小组。";
    private const string BothWhens = "定时发送和定期发送只能选一种：只发一次请清空「定期发送」，定期发送请清空「定时发送」。";

    /// <summary>The browser's datetime-local value, with or without seconds.</summary>
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static BroadcastComposeForm Empty { get; } = new(string.Empty, BranchValue, Acknowledgement: true, At: string.Empty, Rhythm: string.Empty);

    /// <summary>定期发送: a rhythm was typed.</summary>
    public bool IsRecurring => Rhythm.Length > 0;

    public static BroadcastComposeForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new BroadcastComposeForm(
            // Browsers send a textarea's line breaks as CRLF; chat broadcasts use LF.
            (form["text"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n"),
            form["audience"].FirstOrDefault() ?? string.Empty,
            form["ack"].FirstOrDefault() == "1",
            (form["at"].FirstOrDefault() ?? string.Empty).Trim(),
            (form["rhythm"].FirstOrDefault() ?? string.Empty).Trim());
    }

    /// <summary>The draft, with the scheduled time read as a wall-clock time in the branch's zone.</summary>
    public Outcome<BroadcastDraft, string> ToDraft(TimeZoneInfo zone)
    {
        if (ReadAudience() is not { } audience)
        {
            return NoAudience;
        }

        if (IsRecurring)
        {
            return At.Length > 0 ? BothWhens : "这是定期广播，请从预览页确认创建定期广播。";
        }

        DateTimeOffset? scheduledAt = null;
        if (At.Length > 0)
        {
            if (!DateTime.TryParseExact(At, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return "定时发送的时间格式不正确，请用日期时间选择框选择。";
            }

            scheduledAt = ZonedTime.ToInstant(local, zone);
        }

        return Outcome<BroadcastDraft, string>.Ok(new BroadcastDraft(Text, audience, Acknowledgement, scheduledAt));
    }

    /// <summary>The 定期广播 draft, with the rhythm read as the chat reads it (每月5日上午9点, 每季度第一个月10日下午3点).</summary>
    public Outcome<BroadcastPlanDraft, string> ToPlanDraft(BranchClock clock)
    {
        if (ReadAudience() is not { } audience)
        {
            return NoAudience;
        }

        if (At.Length > 0)
        {
            return BothWhens;
        }

        var (recurrence, problem) = BroadcastPlanTexts.ReadRecurrence(Rhythm, clock);
        return recurrence is null
            ? $"定期发送的规律没有看懂：{(problem ?? string.Empty).TrimEnd()}例如：每月5日上午9点、每季度第一个月10日下午3点。"
            : Outcome<BroadcastPlanDraft, string>.Ok(new BroadcastPlanDraft(Text, audience, Acknowledgement, recurrence));
    }

    private BroadcastAudience? ReadAudience() => Audience switch
    {
        BranchValue => BroadcastAudience.Branch,
        CommitteeValue => BroadcastAudience.Committee,
        _ when Audience.StartsWith(GroupPrefix, StringComparison.Ordinal) && Audience.Length > GroupPrefix.Length =>
            BroadcastAudience.Group(Audience[GroupPrefix.Length..]),
        _ => null,
    };
}
