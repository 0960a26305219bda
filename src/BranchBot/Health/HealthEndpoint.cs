using BranchBot.Storage.LiteDb;

namespace BranchBot.Health;

/// <summary>GET /healthz: 200 while the database answers and can take writes, 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (LiteDbContext database) => database.CheckStatus() switch
        {
            StorageStatus.Ok => Results.Ok(new { status = "ok" }),
            StorageStatus.DiskFull => Unavailable("disk_full", "服务器磁盘空间不足，新的数据无法保存。"),
            _ => Unavailable("unavailable", "数据库无法访问。"),
        });
        return app;
    }

    private static IResult Unavailable(string status, string message) =>
        Results.Json(new { status, message }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
