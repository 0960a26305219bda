using BranchBot.BotFramework.DirectLine.Endpoints;
using BranchBot.BotFramework.DirectLine.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace BranchBot.BotFramework.DirectLine;

public static class DirectLineEndpoints
{
    /// <summary>Maps the Direct Line 3.0 routes under /v3/directline (see DirectLineServiceCollectionExtensions.AddDirectLine).</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineOptions.RoutePrefix).WithAnyOrigin();
        group.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        group.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        group.MapPost("/conversations", ConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.HandleAsync);
        return app;
    }
}
