namespace BranchBot.Core.Scheduling;

/// <summary>
/// "This was sent" markers that make proactive sends happen exactly once across restarts. Keys name the event,
/// e.g. <c>meeting:{id}:r{revision}:reminder:1.00:00:00</c> or <c>compliance:{branch}:GeneralMeeting:2026-Q4</c>.
/// </summary>
public interface ISentMarkerStore
{
    /// <summary>Marks the key; true when this call marked it, false when it was marked already.</summary>
    ValueTask<bool> TryMarkAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    ValueTask<bool> IsMarkedAsync(string key, CancellationToken cancellationToken);
}
