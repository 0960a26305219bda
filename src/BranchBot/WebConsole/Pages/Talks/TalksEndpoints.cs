using System.Globalization;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Talks;

namespace BranchBot.WebConsole.Pages.Talks;

/// <summary>谈心 at /console/talks?year=; every view is audited.</summary>
internal static class TalksEndpoints
{
    public static void Map(RouteGroupBuilder console) => console.MapGet("/talks", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext http, string? year, TalkCoverageService coverage, BranchClock clock, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var shown = ConsoleFormat.YearOr(year, clock.Now.Year);
        if (coverage.CheckYear(shown) is { Succeeded: false } wrongYear)
        {
            return request.BadRequest("talks", TalkProblemTexts.Say(wrongYear.Problem!));
        }

        await request.AuditAsync("查看谈心", string.Create(CultureInfo.InvariantCulture, $"{shown}年"), cancellationToken);
        return request.Page<TalksPage>(new Dictionary<string, object?> { ["Year"] = shown });
    }
}
