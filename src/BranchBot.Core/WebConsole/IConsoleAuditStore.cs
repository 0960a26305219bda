namespace BranchBot.Core.WebConsole;

/// <summary>The console's audit log (操作日志).</summary>
public interface IConsoleAuditStore
{
    ValueTask AppendAsync(ConsoleAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    ValueTask<IReadOnlyList<ConsoleAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken);
}
