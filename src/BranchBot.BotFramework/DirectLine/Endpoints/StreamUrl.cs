using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>
/// The WebSocket address of a conversation, on the host the client used. Browsers cannot set headers on a
/// WebSocket, so the token travels in the query string (<c>t</c>), as with the Direct Line service.
/// </summary>
internal static class StreamUrl
{
    public static string For(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineOptions.RoutePrefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } value ? $"{url}&watermark={value.ToString(CultureInfo.InvariantCulture)}" : url;
    }
}
