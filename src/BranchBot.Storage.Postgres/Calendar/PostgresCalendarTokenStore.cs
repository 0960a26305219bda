using BranchBot.Core.Calendar;

namespace BranchBot.Storage.Postgres.Calendar;

/// <summary>One calendar feed token (its hash) per member; saving replaces, and so revokes, the earlier one.</summary>
public sealed class PostgresCalendarTokenStore(PostgresDatabase database) : ICalendarTokenStore
{
    public async ValueTask<CalendarToken?> GetForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT member_id, token_hash, created_ticks FROM calendar_tokens WHERE member_id = @member", Read, cancellationToken, ("member", memberId)).ConfigureAwait(false);

    public async ValueTask<CalendarToken?> FindAsync(string tokenHash, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT member_id, token_hash, created_ticks FROM calendar_tokens WHERE token_hash = @hash", Read, cancellationToken, ("hash", tokenHash)).ConfigureAwait(false);

    public async ValueTask SaveAsync(CalendarToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await database.WithSessionAsync(
            session => Rows.UpsertAsync(session, "calendar_tokens", "member_id", cancellationToken,
                ("member_id", token.MemberId), ("token_hash", token.TokenHash), ("created_ticks", token.CreatedAt.UtcTicks)),
            cancellationToken).ConfigureAwait(false);
    }

    private static CalendarToken Read(Npgsql.NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero));
}
