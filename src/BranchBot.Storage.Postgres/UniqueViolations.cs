using Npgsql;

namespace BranchBot.Storage.Postgres;

internal static class UniqueViolations
{
    /// <summary>PostgreSQL's unique_violation: another writer holds the key.</summary>
    public static bool IsUniqueViolation(this PostgresException exception) => exception.SqlState == PostgresErrorCodes.UniqueViolation;
}
