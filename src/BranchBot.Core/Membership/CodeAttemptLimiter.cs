using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Membership;

/// <summary>
/// Slows down guessing of setup and invite codes: after too many wrong codes from one chat account, that account
/// must wait before trying again.
/// </summary>
public sealed class CodeAttemptLimiter(TimeProvider timeProvider, IOptions<MembershipOptions> options)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>The time until which this account may not try, or null when it may.</summary>
    public DateTimeOffset? LockedUntil(ChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!_failures.TryGetValue(account.Key, out var failures))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (failures.WindowEndsAt <= now)
        {
            _failures.TryRemove(account.Key, out _);
            return null;
        }

        return failures.Count >= options.Value.MaxFailedCodeAttempts ? failures.WindowEndsAt : null;
    }

    public void RecordFailure(ChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = timeProvider.GetUtcNow();
        var window = TimeSpan.FromMinutes(options.Value.CodeLockoutMinutes);
        _failures.AddOrUpdate(
            account.Key,
            _ => new Failures(1, now + window),
            (_, existing) => existing.WindowEndsAt <= now ? new Failures(1, now + window) : new Failures(existing.Count + 1, now + window));
    }

    public void Reset(ChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _failures.TryRemove(account.Key, out _);
    }

    private sealed record Failures(int Count, DateTimeOffset WindowEndsAt);
}
