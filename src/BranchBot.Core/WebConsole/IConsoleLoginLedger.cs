namespace BranchBot.Core.WebConsole;

/// <summary>Remembers which one-time console login links were used, so a link works once, also across restarts.</summary>
public interface IConsoleLoginLedger
{
    /// <summary>
    /// Marks the link as used; false when it had been used before. <paramref name="expiresAt"/> lets the store forget
    /// entries once the link could no longer be used anyway.
    /// </summary>
    ValueTask<bool> TryConsumeAsync(string linkId, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether the link was used already (to refuse it before asking the person to click).</summary>
    ValueTask<bool> IsUsedAsync(string linkId, CancellationToken cancellationToken);
}
