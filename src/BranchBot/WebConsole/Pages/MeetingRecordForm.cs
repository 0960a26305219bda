using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>
/// The 补录会议 form of the 会议 page: what was typed (kept when a problem sends it back), how it is read from a
/// post and how it is drawn. Members are chosen by id from checkboxes, so same-named members stay apart.
/// </summary>
internal sealed record MeetingRecordForm
{
    private const string LocalFormat = "yyyy-MM-ddTHH:mm";

    public string Kind { get; init; } = string.Empty;

    /// <summary>The datetime-local value, "2026-10-15T15:00", in the branch's zone.</summary>
    public string Start { get; init; } = string.Empty;

    public string Topic { get; init; } = string.Empty;

    public string Place { get; init; } = string.Empty;

    public string Host { get; init; } = string.Empty;

    public string Group { get; init; } = string.Empty;

    public IReadOnlySet<string> Attended { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> OnLeave { get; init; } = new HashSet<string>();

    public string Minutes { get; init; } = string.Empty;

    public static MeetingRecordForm Read(IFormCollection form) => new()
    {
        Kind = form["kind"].FirstOrDefault() ?? string.Empty,
        Start = form["start"].FirstOrDefault() ?? string.Empty,
        Topic = form["topic"].FirstOrDefault() ?? string.Empty,
        Place = form["place"].FirstOrDefault() ?? string.Empty,
        Host = form["host"].FirstOrDefault() ?? string.Empty,
        Group = form["group"].FirstOrDefault() ?? string.Empty,
        Attended = form["attended"].OfType<string>().ToHashSet(StringComparer.Ordinal),
        OnLeave = form["leave"].OfType<string>().ToHashSet(StringComparer.Ordinal),
        // Browsers send a textarea's line breaks as CRLF; minutes typed in chat use LF, so both read the same.
        Minutes = (form["minutes"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n"),
    };

    /// <summary>The draft for the service, or the problem with what was typed before the service can judge it.</summary>
    public (RecordedMeetingDraft? Draft, string? Problem) ToDraft(TimeZoneInfo zone)
    {
        if (!MeetingKinds.TryParse(Kind, out var kind))
        {
            return (null, "请选择会议类型。");
        }

        if (!DateTime.TryParseExact(Start, [LocalFormat, LocalFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, "请填写会议召开的日期和时间。");
        }

        return (new RecordedMeetingDraft
        {
            Kind = kind,
            StartsAt = ZonedTime.ToInstant(local, zone),
            Topic = Topic,
            Place = Place,
            Host = Host.Length == 0 ? null : Host,
            Group = kind == MeetingKind.GroupMeeting && Group.Length > 0 ? Group : null,
            Attendees = [.. Attended],
            OnLeave = [.. OnLeave],
            Minutes = Minutes,
        }, null);
    }

    public void Write(HtmlWriter html, string csrfToken, IReadOnlyList<Member> roster, IReadOnlyList<PartyGroup> groups, string? problem, DateTimeOffset localNow)
    {
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"), ("id", "record-problem"));
        }

        html.Element("p", "登记已经召开过的会议（例如启用本系统之前在纸上记录的会议）。补录的会议计入台账和出勤统计，不会通知任何人。", ("class", "muted"))
            .Open("form", ("method", "post"), ("action", "/console/meetings/record"), ("id", "record-form"), ("class", "record"))
            .Csrf(csrfToken);

        Label(html, "kind", "会议类型").Open("select", ("name", "kind"), ("id", "kind"), ("required", string.Empty));
        html.Element("option", "请选择", ("value", string.Empty));
        foreach (var kind in MeetingKinds.All.Select(MeetingKinds.ToChinese))
        {
            html.Element("option", kind, ("value", kind), ("selected", kind == Kind ? string.Empty : null));
        }

        html.Close("select");
        Label(html, "start", "召开时间").Open("input", ("type", "datetime-local"), ("name", "start"), ("id", "start"), ("value", OrNull(Start)),
            ("max", localNow.ToString(LocalFormat, CultureInfo.InvariantCulture)), ("required", string.Empty));
        Label(html, "topic", "主题").Open("input", ("type", "text"), ("name", "topic"), ("id", "topic"), ("value", OrNull(Topic)), ("maxlength", "200"));
        Label(html, "place", "地点").Open("input", ("type", "text"), ("name", "place"), ("id", "place"), ("value", OrNull(Place)), ("maxlength", "100"));

        Label(html, "host", "主持人").Open("select", ("name", "host"), ("id", "host"));
        html.Element("option", "（本人）", ("value", string.Empty));
        foreach (var member in roster)
        {
            html.Element("option", member.Name, ("value", member.Id), ("selected", member.Id == Host ? string.Empty : null));
        }

        html.Close("select");
        Label(html, "group", "党小组（仅党小组会）").Open("select", ("name", "group"), ("id", "group"));
        html.Element("option", "（本人所在党小组）", ("value", string.Empty));
        foreach (var group in groups)
        {
            html.Element("option", group.Name, ("value", group.Id), ("selected", group.Id == Group ? string.Empty : null));
        }

        html.Close("select");
        People(html, "attended", "出席", Attended, roster);
        People(html, "leave", "请假", OnLeave, roster);
        Label(html, "record-minutes", "会议记录（可选）").Element("textarea", Minutes, ("name", "minutes"), ("id", "record-minutes"), ("maxlength", "20000"));
        html.Element("button", "补录会议", ("type", "submit")).Close("form");
    }

    /// <summary>An empty value would render as a bare attribute; leave it out instead.</summary>
    private static string? OrNull(string value) => value.Length == 0 ? null : value;

    private static HtmlWriter Label(HtmlWriter html, string id, string text) => html.Element("label", text, ("for", id));

    private static void People(HtmlWriter html, string name, string legend, IReadOnlySet<string> chosen, IReadOnlyList<Member> roster)
    {
        html.Open("fieldset", ("id", name)).Element("legend", legend);
        foreach (var member in roster)
        {
            html.Open("label", ("class", "choice"))
                .Open("input", ("type", "checkbox"), ("name", name), ("value", member.Id), ("checked", chosen.Contains(member.Id) ? string.Empty : null))
                .Text(member.Name)
                .Close("label");
        }

        html.Close("fieldset");
    }
}
