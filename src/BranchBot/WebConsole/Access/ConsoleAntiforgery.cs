using Microsoft.AspNetCore.Antiforgery;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// The framework's antiforgery, set up for the console: the token travels only in the form body (field "csrf", no
/// header), its cookie lives under /console, and each token names the console session it was issued in, so a token
/// from another session, even in the same browser, is refused. The console sends its own frame and cache headers.
/// </summary>
internal sealed class ConsoleAntiforgery(ConsoleSession sessions) : IAntiforgeryAdditionalDataProvider
{
    public const string FormField = "csrf";

    public static void Configure(AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FormFieldName = FormField;
        options.HeaderName = null;
        options.Cookie.Name = "branchbot_console_antiforgery";
        options.Cookie.Path = "/console";
        options.SuppressXFrameOptionsHeader = true;
    }

    public string GetAdditionalData(HttpContext context) => sessions.Read(context)?.SessionId ?? string.Empty;

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        sessions.Read(context) is { } session && string.Equals(session.SessionId, additionalData, StringComparison.Ordinal);

    /// <summary>
    /// Whether a POST carries a valid token for this browser and session. The form is read first through
    /// <see cref="RequestForms"/>, so a body that is no form is simply not valid rather than an exception.
    /// </summary>
    public static async Task<bool> IsValidAsync(HttpContext http, CancellationToken cancellationToken) =>
        await RequestForms.TryReadAsync(http.Request, cancellationToken) is not null
        && await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
