using BranchBot.WebConsole.Access;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>总览 at /console and /console/overview.</summary>
internal static class OverviewEndpoints
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/", Show).WithMetadata(ConsolePageAudience.BranchReadable);
        console.MapGet("/overview", Show).WithMetadata(ConsolePageAudience.BranchReadable);
    }

    private static IResult Show(HttpContext http) => ConsoleRequest.Of(http).Page<OverviewPage>(new Dictionary<string, object?>());
}
