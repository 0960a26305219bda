using BranchBot.WebConsole.Shell;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// In front of every console page and action: a session (else the sign-in page, or a plain 401 for scripts), a
/// member who is still active and on the committee or holds a 党委 role (else 403 and the session ends), a viewer who
/// may open this endpoint (<see cref="ConsolePageAudience"/>: a 党委 role holder off the committee gets 403 on the
/// branch's pages, and /console takes them to 各支部; on a branch they view read-only, only the readable pages' GETs
/// pass, anything else is 403 with <see cref="ConsoleTexts.ReadOnly"/>), and for POST a form that can be read (else 400) carrying this
/// session's antiforgery token (else 403). What passes is a <see cref="ConsoleRequest"/>.
/// </summary>
internal sealed class ConsoleGateFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var services = http.RequestServices;
        var cancellationToken = http.RequestAborted;
        var gate = await services.GetRequiredService<ConsoleGate>().CheckAsync(http, cancellationToken);
        if (gate.Status == GateStatus.NoSession)
        {
            return WantsHtml(http.Request)
                ? Results.Redirect(ConsoleEndpoints.SignInPath)
                : Results.Text(ConsoleTexts.SignIn, "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }

        var audit = services.GetRequiredService<ConsoleAudit>();
        if (gate.Status == GateStatus.NotCommittee)
        {
            await audit.RecordAsync(gate.Member, "拒绝访问", http.Request.Path, cancellationToken, allowed: false);
            ConsoleSession.End(http);
            return ConsoleResults.Message(http, ConsoleTexts.RefusedTitle, ConsoleTexts.Refused, StatusCodes.Status403Forbidden);
        }

        var audience = http.GetEndpoint()?.Metadata.GetMetadata<ConsolePageAudience>()?.Audience ?? ConsoleAudience.Branch;
        var branchPage = audience is ConsoleAudience.Branch or ConsoleAudience.BranchReadable;
        if (branchPage && !gate.Access.Branch)
        {
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.Value?.TrimEnd('/') == "/console")
            {
                return Results.Redirect(gate.Access.Home);
            }

            await audit.RecordAsync(gate.Member, "拒绝访问", http.Request.Path, cancellationToken, allowed: false);
            return ConsoleResults.Message(http, ConsoleTexts.BranchPagesOnlyTitle, ConsoleTexts.BranchPagesOnly, StatusCodes.Status403Forbidden, signedIn: true);
        }

        if (branchPage && gate.Access.ReadOnly && (audience == ConsoleAudience.Branch || !HttpMethods.IsGet(http.Request.Method)))
        {
            await audit.RecordAsync(gate.Member, "拒绝访问（只读查看）", http.Request.Path, cancellationToken, allowed: false);
            return ConsoleResults.Message(http, ConsoleTexts.ReadOnlyTitle, ConsoleTexts.ReadOnly, StatusCodes.Status403Forbidden, signedIn: true);
        }

        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (http.Request.HasFormContentType && await RequestForms.TryReadAsync(http.Request, cancellationToken) is null)
            {
                return ConsoleResults.Message(http, ConsoleTexts.UnreadableTitle, ConsoleTexts.Unreadable, StatusCodes.Status400BadRequest, signedIn: true);
            }

            if (!await ConsoleAntiforgery.IsValidAsync(http, cancellationToken))
            {
                await audit.RecordAsync(gate.Member, "拒绝提交（表单令牌无效）", http.Request.Path, cancellationToken, allowed: false);
                return ConsoleResults.Message(http, ConsoleTexts.CsrfTitle, ConsoleTexts.Csrf, StatusCodes.Status403Forbidden, signedIn: true);
            }
        }

        http.Items[typeof(ConsoleRequest)] = new ConsoleRequest(http, gate.Member!, gate.Access, audit, http.Features.Get<ConsoleBranchView>());
        return await next(context);
    }

    /// <summary>Browsers navigating ask for HTML; scripts and API clients get a plain 401 instead of a redirect.</summary>
    private static bool WantsHtml(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
