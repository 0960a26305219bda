using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace BranchBot.BotFramework.Endpoints;

/// <summary>Reads a request body up to a limit, without trusting Content-Length.</summary>
public static class RequestBodyReader
{
    public static async Task<BodyReadResult> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return BodyReadResult.Oversized;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return new BodyReadResult(buffer.WrittenMemory, TooLarge: false);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return BodyReadResult.Oversized;
            }
        }
    }
}

public readonly record struct BodyReadResult(ReadOnlyMemory<byte> Bytes, bool TooLarge)
{
    public static BodyReadResult Oversized => new(ReadOnlyMemory<byte>.Empty, TooLarge: true);
}
