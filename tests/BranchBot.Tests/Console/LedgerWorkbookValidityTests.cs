using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Tests.Organisation.Oversight;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// Excel refuses (or "repairs") a workbook whose parts break the Office Open XML schema; reading it back with ClosedXML
/// does not prove it opens. The SDK's validator checks every part against the schema Excel uses.
/// </summary>
public class LedgerWorkbookValidityTests
{
    [Fact]
    public async Task The_ledger_export_passes_Open_XML_schema_validation()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        var held = await app.SaveMeetingAsync(
            MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.FromHours(8)), "学习党章 <第一章> & \"总纲\"", secretary.Id);
        await app.CheckInAsync(held, zhang);
        await app.Services.GetRequiredService<MeetingService>().AddMinutesAsync(held.Id, "第一行\n第二行", secretary, CancellationToken.None);
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.Empty(errors);
        Assert.True(document.WorkbookPart!.WorksheetParts.Count() >= 2);
    }

    [Fact]
    public void The_organisation_export_passes_Open_XML_schema_validation_with_awkward_branch_names()
    {
        var fixture = OverviewFixture.Load();
        var b3 = fixture.Facts("2026-Q3").Single(f => f.Id == "b3");
        var awkward = new[]
        {
            b3 with { Id = "x1", Name = "第三党支部", Path = "第二党总支/第三党支部" },
            b3 with { Id = "x2", Name = "汇总", Path = "机关党委/汇总" },
            b3 with { Id = "x3", Name = "研发[一]:部*?/\\党支部", Path = "机关党委/研发" },
            b3 with { Id = "x4", Name = "中国共产党某某大学计算机科学与技术学院软件工程系第一学生党支部委员会", Path = "机关党委/长" },
            b3 with { Id = "x5", Name = "'引号'", Path = "机关党委/引号" },
        };
        var report = OrganisationOverview.Compute([.. fixture.Facts("2026-Q3"), .. awkward], OverviewPeriod.WholeYear(2026), OverviewFixture.Now);

        var bytes = LedgerWorkbook.WriteOrganisation(report);

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
        Assert.Empty(errors);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(report.Rows.Count + 1, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.True(name.Length <= 31 && name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0 && name[0] != '\'' && name[^1] != '\'', name));
    }
}
