using System.Net.WebSockets;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.DirectLine.Endpoints;
using BranchBot.BotFramework.DirectLine.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Streaming;

/// <summary>
/// GET conversations/{id}/stream?t=&lt;token&gt;&amp;watermark=: a WebSocket that pushes ActivitySet frames as activities
/// arrive, plus empty keep-alive frames. Whatever the client sends on it is ignored, as in Direct Line.
/// </summary>
internal static class StreamEndpoint
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public static async Task HandleAsync(HttpContext context, string conversationId, string? t, string? watermark)
    {
        var services = context.RequestServices;
        var authenticator = services.GetRequiredService<DirectLineAuthenticator>();
        var credential = string.IsNullOrEmpty(t) ? DirectLineAuthenticator.BearerValue(context.Request) : t;
        var caller = authenticator.AuthenticateBearer(credential).RestrictTo(conversationId);
        if (!caller.Succeeded)
        {
            await caller.Failure!.ExecuteAsync(context);
            return;
        }

        if (!ActivitySetJson.TryParseWatermark(watermark, out var after))
        {
            await DirectLineErrors.BadArgument("watermark 参数无效。").ExecuteAsync(context);
            return;
        }

        DirectLineConversation? conversation;
        try
        {
            conversation = await services.GetRequiredService<DirectLineConversationStore>().FindAsync(conversationId, context.RequestAborted);
        }
        catch (DirectLineStoreUnavailableException)
        {
            await DirectLineErrors.StoreUnavailable().ExecuteAsync(context);
            return;
        }

        if (conversation is null)
        {
            await DirectLineErrors.ConversationNotFound().ExecuteAsync(context);
            return;
        }

        // The host need not call UseWebSockets(): the upgrade is handled for this route only. The middleware does
        // nothing when the server (or an outer UseWebSockets) already provides WebSockets.
        var upgrade = new WebSocketMiddleware(
            inner => StreamAsync(inner, conversation, after),
            Options.Create(new WebSocketOptions()),
            services.GetRequiredService<ILoggerFactory>());
        await upgrade.Invoke(context);
    }

    private static async Task StreamAsync(HttpContext context, DirectLineConversation conversation, long? after)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.WebSocketRequired().ExecuteAsync(context);
            return;
        }

        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        using var subscription = conversation.Subscribe(after, time.GetUtcNow());
        if (subscription is null)
        {
            await DirectLineErrors.TooManyStreams().ExecuteAsync(context);
            return;
        }

        // Shared conversations: what other instances appended since this one last looked follows the backlog at once.
        await conversation.SyncAsync(context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var receiving = DiscardUntilClosedAsync(socket, lifetime);
        var keepAlive = KeepAliveAsync(subscription, conversation, TimeSpan.FromSeconds(Math.Max(1, options.KeepAliveSeconds)), time, lifetime.Token);
        try
        {
            await foreach (var frame in subscription.Frames.ReadAllAsync(lifetime.Token))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, lifetime.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping; nothing to tell anyone.
        }
        finally
        {
            await lifetime.CancelAsync();
            await CloseQuietlyAsync(socket);
            await Task.WhenAll(receiving, keepAlive);
        }
    }

    private static async Task DiscardUntilClosedAsync(WebSocket socket, CancellationTokenSource lifetime)
    {
        var buffer = new byte[1024];
        try
        {
            while (!lifetime.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, lifetime.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Ends the stream below.
        }

        await lifetime.CancelAsync();
    }

    private static async Task KeepAliveAsync(StreamSubscription subscription, DirectLineConversation conversation, TimeSpan period, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                // An open stream is a conversation in use: keep it from being forgotten as idle.
                conversation.Touch(time.GetUtcNow());

                // A notice lost on the way (the listener reconnecting) delays an activity by one period at most.
                await conversation.SyncAsync(cancellationToken);
                if (!subscription.TryPushKeepAlive())
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stream closed.
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }
}
