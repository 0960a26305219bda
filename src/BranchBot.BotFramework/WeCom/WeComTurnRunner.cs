using System.Collections.Concurrent;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// Runs a 企业微信 callback's turn after the callback was answered (the platform waits 5 seconds, then retries), through
/// <see cref="BotAdapter"/> like any channel's turn, so replies go out through <see cref="WeComChannel"/>. A pressed
/// card is updated to show the choice once its turn ran. Turns stop with the host, not with the callback's request.
/// </summary>
public sealed partial class WeComTurnRunner(
    BotAdapter adapter, WeComChannel channel, IOptions<WeComOptions> options, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<WeComTurnRunner> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly ConcurrentDictionary<string, Task> _lastOfUser = new(StringComparer.Ordinal);
    private readonly Lock _order = new();

    /// <summary>
    /// Starts the callback's turn in the background, after the same member's earlier callbacks (in the order they were
    /// acknowledged), so two quick messages are answered in the order they were typed.
    /// </summary>
    public void Start(WeComCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        Task task;
        lock (_order)
        {
            var previous = _lastOfUser.GetValueOrDefault(callback.FromUserName) ?? Task.CompletedTask;
            task = previous.ContinueWith(_ => RunAsync(callback), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _lastOfUser[callback.FromUserName] = task;
        }

        _running.TryAdd(task, 0);
        _ = task.ContinueWith(
            t =>
            {
                _running.TryRemove(t, out _);
                lock (_order)
                {
                    if (_lastOfUser.TryGetValue(callback.FromUserName, out var last) && last == t)
                    {
                        _lastOfUser.TryRemove(callback.FromUserName, out _);
                    }
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for every turn started so far (tests, and a stop that wants them done).</summary>
    public Task IdleAsync() => Task.WhenAll(_running.Keys);

    public const string TextOnlyReply = "暂时只能看懂文字消息，请直接输入文字或点按钮。";

    private async Task RunAsync(WeComCallback callback)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            if (!callback.IsText && !callback.IsCardPress)
            {
                // A picture, voice note, file or location: the bot reads text only, and says so rather than staying silent.
                var reply = Activity.CreateMessage(TextOnlyReply);
                reply.Conversation = new ConversationAccount { Id = callback.FromUserName };
                await channel.DeliverAsync(reply, stopping);
                return;
            }

            await adapter.ProcessActivityAsync(ToActivity(callback), stopping);
            if (callback.IsCardPress && callback.ResponseCode is { Length: > 0 } responseCode)
            {
                await channel.MarkPressedAsync(callback.FromUserName, responseCode, callback.EventKey!, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogTurnFailed(logger, exception, callback.FromUserName);
        }
    }

    private Activity ToActivity(WeComCallback callback)
    {
        var user = new ChannelAccount { Id = callback.FromUserName, Role = "user" };
        var text = callback.IsCardPress ? callback.EventKey : callback.IsText ? callback.Content : null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = callback.MsgId ?? $"{callback.FromUserName}-{callback.CreateTime}",
            Timestamp = callback.CreateTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(callback.CreateTime) : time.GetUtcNow(),
            ChannelId = WeComChannel.Id,
            ServiceUrl = WeComChannel.ServiceUrl,
            From = user,
            Recipient = new ChannelAccount { Id = options.Value.AgentId, Role = "bot" },
            Conversation = new ConversationAccount { Id = callback.FromUserName },
            Locale = "zh-CN",
            Text = text ?? string.Empty,
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A WeCom turn for {UserId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string userId);
}
