using BranchBot.BotFramework.Turns;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.Postgres;

namespace BranchBot.Hosting;

/// <summary>The store <c>ConnectionStrings:BranchBot</c> names: LiteDB (<c>Filename=…</c>, <c>:memory:</c>) or PostgreSQL (<c>Host=…;Database=…</c>).</summary>
public static class StorageSelection
{
    public static IServiceCollection AddBranchBotStorage(this IServiceCollection services, string connectionString, string contentRoot) =>
        PostgresConnectionStrings.IsPostgres(connectionString)
            ? services.AddPostgresStorage(connectionString).AddSingleton<IConversationTurnLock, PostgresConversationTurnLock>()
            : services.AddLiteDbStorage(connectionString, contentRoot);

    public static bool UsesPostgres(this IConfiguration configuration) => PostgresConnectionStrings.IsPostgres(configuration.BranchBotConnectionString());
}
