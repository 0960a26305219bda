using BranchBot.Storage.LiteDb;

namespace BranchBot.Health;

/// <summary>GET /healthz: 200 while the database answers, 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (LiteDbContext database) => database.IsReachable()
            ? Results.Ok(new { status = "ok" })
            : Results.Json(new { status = "unavailable", message = "数据库无法访问。" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
