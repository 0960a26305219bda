using BranchBot.Core;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using ClosedXML.Excel;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// 导出台账: an .xlsx with a 汇总 sheet (required against held per rule and period) and one sheet per kind of
/// meeting held that year (date, topic, place, host, attendance counts and names, minutes). Every text is written
/// as text, so nothing typed by a person becomes a formula or a number.
/// </summary>
public sealed class LedgerWorkbook(ComplianceService compliance, YearMeetings yearMeetings, IMembershipStore members, BranchClock clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "汇总";

    public static readonly IReadOnlyList<string> MeetingColumns =
        ["日期", "主题", "地点", "主持人", "应到", "实到", "请假", "缺席", "出席名单", "请假名单", "缺席名单", "会议记录"];

    public static string FileName(int year) => $"台账-{year}.xlsx";

    /// <summary>
    /// 导出台账 of every branch: a 汇总 sheet of branches against rules for the report's period, then one sheet per
    /// branch with its own 台账 rows in this workbook's 汇总 layout.
    /// </summary>
    public static byte[] WriteOrganisation(OverviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        OrganisationLedgerSheets.Write(workbook, report);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public async Task<Outcome<byte[], ComplianceProblem>> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var ledger = await compliance.LedgerAsync(year, null, cancellationToken);
        if (!ledger.Succeeded)
        {
            return ledger.Problem!;
        }

        var held = await yearMeetings.HeldAsync(year, cancellationToken);
        var names = (await members.ListMembersAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        using var workbook = new XLWorkbook();
        LedgerSheets.Summary(workbook.Worksheets.Add(SummarySheet), ledger.Value!.Rows);
        foreach (var kind in MeetingKinds.All)
        {
            var ofKind = held.Where(s => s.Meeting.Kind == kind).ToList();
            if (ofKind.Count > 0 || ledger.Value!.Rows.Any(r => r.Kind == kind))
            {
                await WriteMeetingsAsync(workbook.Worksheets.Add(MeetingKinds.ToChinese(kind)), ofKind, names, cancellationToken);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Outcome<byte[], ComplianceProblem>.Ok(stream.ToArray());
    }

    private async Task WriteMeetingsAsync(IXLWorksheet sheet, IReadOnlyList<AttendanceSummary> held, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        LedgerSheets.Header(sheet, MeetingColumns);
        var row = 2;
        foreach (var summary in held)
        {
            var meeting = summary.Meeting;
            sheet.Cell(row, 1).SetValue(clock.ToLocal(meeting.StartsAt).DateTime);
            sheet.Cell(row, 1).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
            sheet.Cell(row, 2).SetValue(meeting.Topic ?? string.Empty);
            sheet.Cell(row, 3).SetValue(meeting.Place ?? string.Empty);
            sheet.Cell(row, 4).SetValue(await HostNameAsync(meeting.HostMemberId, names, cancellationToken));
            sheet.Cell(row, 5).SetValue(summary.AudienceCount);
            sheet.Cell(row, 6).SetValue(summary.Attended.Count);
            sheet.Cell(row, 7).SetValue(summary.OnLeave.Count);
            sheet.Cell(row, 8).SetValue(summary.Absent.Count + summary.LeavePending.Count);
            sheet.Cell(row, 9).SetValue(string.Join("、", summary.Attended.Select(m => m.Name)));
            sheet.Cell(row, 10).SetValue(string.Join("、", summary.OnLeave.Select(m => m.Name)));
            sheet.Cell(row, 11).SetValue(string.Join("、", summary.Absent.Concat(summary.LeavePending).Select(m => m.Name)));
            sheet.Cell(row, 12).SetValue(meeting.Minutes ?? string.Empty);
            sheet.Cell(row, 12).Style.Alignment.WrapText = true;
            row++;
        }

        LedgerSheets.Widths(sheet, [17, 24, 16, 10, 6, 6, 6, 6, 30, 20, 20, 60]);
    }

    private async Task<string> HostNameAsync(string? hostId, Dictionary<string, string> names, CancellationToken cancellationToken)
    {
        if (hostId is null)
        {
            return string.Empty;
        }

        // Removed members are not in the active list but still named in old meetings.
        return names.TryGetValue(hostId, out var name) ? name : (await members.GetMemberAsync(hostId, cancellationToken))?.Name ?? string.Empty;
    }
}
