namespace BranchBot.Storage.Postgres;

/// <summary>Which store a <c>ConnectionStrings:BranchBot</c> names: a PostgreSQL one has a Host (or Server) key; anything else is LiteDB's.</summary>
public static class PostgresConnectionStrings
{
    private static readonly string[] HostKeys = ["host", "server"];

    public static bool IsPostgres(string? connectionString) =>
        connectionString is not null && connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Any(pair => pair.Length == 2 && HostKeys.Contains(pair[0].Trim().ToLowerInvariant(), StringComparer.Ordinal) && pair[1].Trim().Length > 0);
}
