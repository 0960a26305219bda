using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
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
}
