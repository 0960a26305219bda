using Microsoft.AspNetCore.Components;

namespace BranchBot.WebConsole.Pages;

/// <summary>
/// A console page or section: rendered once on the server for a signed-in viewer, within the request. Its services
/// come from the request (<see cref="Service{T}"/>), never through <c>@inject</c>: the renderer injects from the root
/// container, while a request for another branch carries that branch's services (<see cref="Access.ConsoleBranchSelection"/>).
/// </summary>
public abstract class ConsoleComponent : ComponentBase
{
    [CascadingParameter] public HttpContext? Http { get; set; }

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => Http?.RequestAborted ?? CancellationToken.None;

    /// <summary>A branch a 党委 role holder views without being on its committee: its write forms are left out.</summary>
    protected bool ReadOnly => (Http?.Items[typeof(ConsoleRequest)] as ConsoleRequest)?.Access.ReadOnly == true;

    /// <summary>A service of the branch this request is for.</summary>
    protected T Service<T>()
        where T : notnull =>
        (Http ?? throw new InvalidOperationException("A console component is rendered outside a request.")).RequestServices.GetRequiredService<T>();
}
