using BranchBot.Core.Calendar;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Calendar;

/// <summary>One document per member (keyed by member id) holding the hash of the current feed token, indexed by it.</summary>
public sealed class LiteDbCalendarTokenStore : ICalendarTokenStore
{
    private readonly ILiteCollection<CalendarTokenDocument> _tokens;

    public LiteDbCalendarTokenStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _tokens = context.Collection<CalendarTokenDocument>(LiteDbCollections.CalendarTokens);
        _tokens.EnsureIndex(t => t.Token, unique: true);
    }

    public ValueTask<CalendarToken?> GetForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.FindById(memberId)?.ToToken());

    public ValueTask<CalendarToken?> FindAsync(string tokenHash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.FindOne(Filter.Equal(nameof(CalendarTokenDocument.Token), tokenHash))?.ToToken());

    public ValueTask SaveAsync(CalendarToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        _tokens.Upsert(new CalendarTokenDocument { Id = token.MemberId, Token = token.TokenHash, CreatedAt = token.CreatedAt });
        return ValueTask.CompletedTask;
    }

    internal sealed class CalendarTokenDocument
    {
        public string Id { get; set; } = string.Empty;
        /// <summary>The token's hash; databases before hashing held the token itself here (see PlainCodeMigration).</summary>
        public string Token { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }

        public CalendarToken ToToken() => new(Id, Token, CreatedAt);
    }
}
