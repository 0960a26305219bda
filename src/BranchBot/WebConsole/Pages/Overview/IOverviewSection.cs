using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>One block of 总览. Register an implementation as a singleton <see cref="IOverviewSection"/> and it is shown.</summary>
public interface IOverviewSection
{
    /// <summary>Position on the page, smallest first.</summary>
    int Order { get; }

    /// <summary>Writes the block (its own &lt;section&gt; with an &lt;h2&gt;).</summary>
    Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken);
}
