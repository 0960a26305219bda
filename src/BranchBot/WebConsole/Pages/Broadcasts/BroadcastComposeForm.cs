using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// The fields of the 写广播 form as typed: shown again for 修改, carried hidden from 预览 to 确认发送, and turned into
/// a <see cref="BroadcastDraft"/> (立即 or 定时) or, when a rhythm is typed, a <see cref="BroadcastPlanDraft"/> (定期)
/// the same way both times, so what is sent is what was previewed.
/// </summary>
internal sealed record BroadcastComposeForm(string Text, string Audience, bool Acknowledgement, string At, string Rhythm)
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
    public Outcome<BroadcastDraft> ToDraft(TimeZoneInfo zone)
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

        return Outcome<BroadcastDraft>.Ok(new BroadcastDraft(Text, audience, Acknowledgement, scheduledAt));
    }

    /// <summary>The 定期广播 draft, with the rhythm read as the chat reads it (每月5日上午9点, 每季度第一个月10日下午3点).</summary>
    public Outcome<BroadcastPlanDraft> ToPlanDraft(BranchClock clock)
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
            : Outcome<BroadcastPlanDraft>.Ok(new BroadcastPlanDraft(Text, audience, Acknowledgement, recurrence));
    }

    private BroadcastAudience? ReadAudience() => Audience switch
    {
        BranchValue => BroadcastAudience.Branch,
        CommitteeValue => BroadcastAudience.Committee,
        _ when Audience.StartsWith(GroupPrefix, StringComparison.Ordinal) && Audience.Length > GroupPrefix.Length =>
            BroadcastAudience.Group(Audience[GroupPrefix.Length..]),
        _ => null,
    };

    /// <summary>The editable form, filled with these values, posting to 预览.</summary>
    public HtmlWriter Editor(string csrfToken, IReadOnlyList<PartyGroup> groups)
    {
        var html = new HtmlWriter()
            .Open("form", ("method", "post"), ("action", "/console/broadcasts/preview"), ("id", "compose-form"), ("class", "compose"))
            .Csrf(csrfToken)
            .Open("label", ("for", "text")).Text("广播内容").Close("label")
            .Element("textarea", Text, ("name", "text"), ("id", "text"), ("maxlength", BroadcastService.MaxTextLength.ToString(CultureInfo.InvariantCulture)), ("required", string.Empty))
            .Open("div", ("class", "toolbar"))
            .Open("label", ("for", "audience")).Text("发送对象").Close("label")
            .Open("select", ("name", "audience"), ("id", "audience"));
        Option(html, BranchValue, "全体党员");
        Option(html, CommitteeValue, "支委");
        foreach (var group in groups.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            Option(html, GroupPrefix + group.Name, group.Name);
        }

        return html.Close("select")
            .Open("label")
            .Open("input", ("type", "checkbox"), ("name", "ack"), ("value", "1"), ("id", "ack"), ("checked", Acknowledgement ? string.Empty : null))
            .Text(" 需要回执（成员点「收到」）").Close("label")
            .Open("label", ("for", "at")).Text("定时发送（留空立即发送）").Close("label")
            .Open("input", ("type", "datetime-local"), ("name", "at"), ("id", "at"), ("value", At))
            .Open("label", ("for", "rhythm")).Text("定期发送（留空只发一次）").Close("label")
            .Open("input", ("type", "text"), ("name", "rhythm"), ("id", "rhythm"), ("value", Rhythm), ("placeholder", RhythmExample))
            .Close("div")
            .Element("button", "预览", ("type", "submit"))
            .Close("form");
    }

    /// <summary>The values as hidden fields, so 确认发送 sends exactly what was previewed.</summary>
    public HtmlWriter Hidden() => new HtmlWriter()
        .Open("input", ("type", "hidden"), ("name", "text"), ("value", Text))
        .Open("input", ("type", "hidden"), ("name", "audience"), ("value", Audience))
        .Open("input", ("type", "hidden"), ("name", "ack"), ("value", Acknowledgement ? "1" : "0"))
        .Open("input", ("type", "hidden"), ("name", "at"), ("value", At))
        .Open("input", ("type", "hidden"), ("name", "rhythm"), ("value", Rhythm));

    private void Option(HtmlWriter html, string value, string label) =>
        html.Element("option", label, ("value", value), ("selected", Audience == value ? string.Empty : null));
}
