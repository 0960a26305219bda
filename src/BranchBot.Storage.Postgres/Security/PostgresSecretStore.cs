using BranchBot.Core.Security;

namespace BranchBot.Storage.Postgres.Security;

/// <summary>
/// The <c>secrets</c> of a database copied from an old LiteDB file (migrate-from-litedb): read once by the signing
/// key loader, then deleted. A database created on PostgreSQL never holds any.
/// </summary>
public sealed class PostgresSecretStore(PostgresDatabase database) : ISecretStore
{
    public byte[]? Find(string name) =>
        database.ScalarAsync("SELECT value FROM secrets WHERE name = @name", CancellationToken.None, ("name", name)).GetAwaiter().GetResult() as byte[];

    public void Delete(string name) =>
        database.ExecuteAsync("DELETE FROM secrets WHERE name = @name", CancellationToken.None, ("name", name)).GetAwaiter().GetResult();
}
