using BranchBot.Core.WebConsole;
using LiteDB;

namespace BranchBot.Storage.LiteDb.WebConsole;

/// <summary>
/// Ended sessions ("session:{id}") and members signed out everywhere ("member:{id}", with the time), each kept only
/// until every cookie it could refer to has expired.
/// </summary>
public sealed class LiteDbConsoleSignOuts : IConsoleSignOuts
{
    private readonly ILiteCollection<SignOutDocument> _signOuts;

    public LiteDbConsoleSignOuts(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _signOuts = context.Collection<SignOutDocument>(LiteDbCollections.ConsoleSignOuts);
        _signOuts.EnsureIndex(s => s.ForgetAfterUtc);
    }

    public ValueTask EndSessionAsync(string sessionId, DateTimeOffset sessionExpiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        Save(new SignOutDocument { Id = SessionKey(sessionId), AtUtc = now.UtcDateTime, ForgetAfterUtc = sessionExpiresAt.UtcDateTime }, now);
        return ValueTask.CompletedTask;
    }

    public ValueTask EndAllSessionsAsync(string memberId, DateTimeOffset now, DateTimeOffset longestSessionEnd, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        Save(new SignOutDocument { Id = MemberKey(memberId), AtUtc = now.UtcDateTime, ForgetAfterUtc = longestSessionEnd.UtcDateTime }, now);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> IsEndedAsync(string sessionId, string memberId, DateTimeOffset sessionStartedAt, CancellationToken cancellationToken)
    {
        var ended = _signOuts.FindById(SessionKey(sessionId)) is not null
            || _signOuts.FindById(MemberKey(memberId)) is { } everywhere && sessionStartedAt.UtcDateTime <= everywhere.AtUtc.ToUniversalTime();
        return ValueTask.FromResult(ended);
    }

    private void Save(SignOutDocument signOut, DateTimeOffset now)
    {
        var stale = now.UtcDateTime;
        _signOuts.DeleteMany(s => s.ForgetAfterUtc < stale);
        _signOuts.Upsert(signOut);
    }

    private static string SessionKey(string sessionId) => "session:" + sessionId;

    private static string MemberKey(string memberId) => "member:" + memberId;

}
