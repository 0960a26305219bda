using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// The fields of the 写广播 form as typed: shown again for 修改, carried hidden from 预览 to 确认发送, and turned into
/// a <see cref="BroadcastDraft"/> the same way both times, so what is sent is what was previewed.
/// </summary>
internal sealed record BroadcastComposeForm(string Text, string Audience, bool Acknowledgement, string At)
{
    public const string BranchValue = "branch";
    public const string CommitteeValue = "committee";
    public const string GroupPrefix = "group:";

    /// <summary>The browser's datetime-local value, with or without seconds.</summary>
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static BroadcastComposeForm Empty { get; } = new(string.Empty, BranchValue, Acknowledgement: true, At: string.Empty);

    public static BroadcastComposeForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new BroadcastComposeForm(
            // Browsers send a textarea's line breaks as CRLF; chat broadcasts use LF.
            (form["text"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n"),
            form["audience"].FirstOrDefault() ?? string.Empty,
            form["ack"].FirstOrDefault() == "1",
            (form["at"].FirstOrDefault() ?? string.Empty).Trim());
    }

    /// <summary>The draft, with the scheduled time read as a wall-clock time in the branch's zone.</summary>
    public Outcome<BroadcastDraft> ToDraft(TimeZoneInfo zone)
    {
        BroadcastAudience? audience = Audience switch
        {
            BranchValue => BroadcastAudience.Branch,
            CommitteeValue => BroadcastAudience.Committee,
            _ when Audience.StartsWith(GroupPrefix, StringComparison.Ordinal) && Audience.Length > GroupPrefix.Length =>
                BroadcastAudience.Group(Audience[GroupPrefix.Length..]),
            _ => null,
        };
        if (audience is null)
        {
            return "请选择发送对象：全体党员、支委或一个党小组。";
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
            .Close("div")
            .Element("button", "预览", ("type", "submit"))
            .Close("form");
    }

    /// <summary>The values as hidden fields, so 确认发送 sends exactly what was previewed.</summary>
    public HtmlWriter Hidden() => new HtmlWriter()
        .Open("input", ("type", "hidden"), ("name", "text"), ("value", Text))
        .Open("input", ("type", "hidden"), ("name", "audience"), ("value", Audience))
        .Open("input", ("type", "hidden"), ("name", "ack"), ("value", Acknowledgement ? "1" : "0"))
        .Open("input", ("type", "hidden"), ("name", "at"), ("value", At));

    private void Option(HtmlWriter html, string value, string label) =>
        html.Element("option", label, ("value", value), ("selected", Audience == value ? string.Empty : null));
}
