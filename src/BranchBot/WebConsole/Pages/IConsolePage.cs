namespace BranchBot.WebConsole.Pages;

/// <summary>
/// One page of the console and its entry in the navigation. GET /console/{Slug}[/{action}] and
/// POST /console/{Slug}/{action} come here only after the session, the member's committee role and (for POST) the
/// CSRF token were checked. Register an implementation as a singleton <see cref="IConsolePage"/> and it appears.
/// </summary>
public interface IConsolePage
{
    /// <summary>The path segment after /console/ (lowercase letters).</summary>
    string Slug { get; }

    /// <summary>The Chinese title in the navigation and the page heading.</summary>
    string Title { get; }

    /// <summary>Position in the navigation, smallest first.</summary>
    int Order { get; }

    Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken);

    /// <summary>Form posts; pages without forms answer 404.</summary>
    Task<IResult> PostAsync(ConsoleRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(request.NotFound());
}
