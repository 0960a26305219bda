using System.Text.Json;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>Reads a JSON request body within the Bot Framework size limit, answering 413 or 400 when it cannot.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int limit, bool allowEmpty, CancellationToken cancellationToken)
        where T : class
    {
        var body = await RequestBodyReader.ReadAsync(request, limit, cancellationToken);
        if (body.TooLarge)
        {
            return (null, DirectLineErrors.TooLarge());
        }

        if (body.Bytes.IsEmpty)
        {
            return allowEmpty ? (null, null) : (null, DirectLineErrors.MalformedJson());
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Bytes.Span, BotJson.Options);
            return value is null && !allowEmpty ? (null, DirectLineErrors.MalformedJson()) : (value, null);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            // FormatException: a custom converter (e.g. a timestamp) rejected a value; still the client's fault.
            return (null, DirectLineErrors.MalformedJson());
        }
    }
}
