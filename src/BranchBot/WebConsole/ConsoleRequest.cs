using BranchBot.Core.Membership;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole;

/// <summary>
/// A console request that passed <see cref="ConsoleGateFilter"/>: the signed-in member (on the committee or holding a
/// 党委 role), what they may open, and the means to answer (a page, a message, a redirect) and to write the 操作日志.
/// </summary>
public sealed class ConsoleRequest(HttpContext http, Member viewer, ConsoleAccess access, ConsoleAudit audit, ConsoleBranchView? branch)
{
    public HttpContext Http { get; } = http;

    /// <summary>The member as just read from the roster (active; 书记/副书记/支委 or holding a 党委 role).</summary>
    public Member Viewer { get; } = viewer;

    /// <summary>The branch's pages, the 各支部 pages, or both.</summary>
    public ConsoleAccess Access { get; } = access;

    /// <summary>The branch chosen in the switcher, when there is one; null: the viewer's own branch, not chosen.</summary>
    public ConsoleBranchView? Branch { get; } = branch;

    /// <summary>The request the gate let through; only handlers behind the gate ask for it.</summary>
    public static ConsoleRequest Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[typeof(ConsoleRequest)] as ConsoleRequest
            ?? throw new InvalidOperationException("This console endpoint is not behind the console gate.");
    }

    public string? Query(string name) => Http.Request.Query[name].FirstOrDefault();

    /// <summary>The posted form (already read once by the gate, so this never fails).</summary>
    public Task<IFormCollection> FormAsync(CancellationToken cancellationToken) => Http.Request.ReadFormAsync(cancellationToken);

    public ValueTask AuditAsync(string action, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(Viewer, action, detail, cancellationToken);

    /// <summary>A page component, given its parameters (the viewer is added as <c>Viewer</c>).</summary>
    public IResult Page<TComponent>(IReadOnlyDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        ConsoleResults.Component<TComponent>(Http, new Dictionary<string, object?>(parameters) { ["Viewer"] = Viewer }, statusCode);

    public IResult NotFound() =>
        ConsoleResults.Message(Http, ConsoleTexts.NotFoundTitle, ConsoleTexts.NotFound, StatusCodes.Status404NotFound, signedIn: true);

    /// <summary>A 400 page of <paramref name="page"/> with the problem in Chinese, inside the console frame.</summary>
    public IResult BadRequest(string page, string problem) =>
        Page<ProblemPage>(new Dictionary<string, object?> { ["Current"] = page, ["Problem"] = problem }, StatusCodes.Status400BadRequest);

    public static IResult Redirect(string path) => Results.Redirect(path);
}
