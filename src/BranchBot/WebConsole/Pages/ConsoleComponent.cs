using Microsoft.AspNetCore.Components;

namespace BranchBot.WebConsole.Pages;

/// <summary>A console page or section: rendered once on the server for a signed-in viewer, within the request.</summary>
public abstract class ConsoleComponent : ComponentBase
{
    [CascadingParameter] public HttpContext? Http { get; set; }

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => Http?.RequestAborted ?? CancellationToken.None;
}
