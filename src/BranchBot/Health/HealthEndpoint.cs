using BranchBot.Storage.LiteDb;
using BranchBot.Storage.Postgres;

namespace BranchBot.Health;

/// <summary>GET /healthz: 200 while the database answers and can take writes, 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (IServiceProvider services, CancellationToken cancellationToken) => await StatusAsync(services, cancellationToken) switch
        {
            StorageStatus.Ok => Results.Ok(new { status = "ok" }),
            StorageStatus.DiskFull => Unavailable("disk_full", "服务器磁盘空间不足，新的数据无法保存。"),
            _ => Unavailable("unavailable", "数据库无法访问。"),
        });
        return app;
    }

    private static async Task<StorageStatus> StatusAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<PostgresDatabase>() is not { } postgres)
        {
            return services.GetRequiredService<LiteDbContext>().CheckStatus();
        }

        try
        {
            await postgres.ScalarAsync("SELECT 1", cancellationToken);
            return StorageStatus.Ok;
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            return StorageStatus.Unreachable;
        }
    }

    private static IResult Unavailable(string status, string message) =>
        Results.Json(new { status, message }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
