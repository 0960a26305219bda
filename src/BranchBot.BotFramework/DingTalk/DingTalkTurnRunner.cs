using System.Collections.Concurrent;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// Runs a 钉钉 callback's turn after the callback was answered, through <see cref="BotAdapter"/> like any channel's
/// turn, so replies go out through <see cref="DingTalkChannel"/> into the member's one-to-one chat with the robot (also
/// for an @-mention in a group: what the bot says is the member's own business). One member's turns run in the order
/// their callbacks were acknowledged; turns stop with the host, not with the callback's request.
/// </summary>
public sealed partial class DingTalkTurnRunner(
    BotAdapter adapter, DingTalkChannel channel, IOptions<DingTalkOptions> options, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<DingTalkTurnRunner> logger)
{
    public const string TextOnlyReply = "暂时只能看懂文字消息，请直接输入文字或点按钮。";

    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly Dictionary<string, Task> _lastOfUser = new(StringComparer.Ordinal);
    private readonly Lock _order = new();

    public void Start(DingTalkCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var user = callback.SenderStaffId;
        Task task;
        lock (_order)
        {
            var previous = _lastOfUser.GetValueOrDefault(user) ?? Task.CompletedTask;
            task = previous.ContinueWith(_ => RunAsync(callback), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _lastOfUser[user] = task;
        }

        _running.TryAdd(task, 0);
        _ = task.ContinueWith(
            t =>
            {
                _running.TryRemove(t, out _);
                lock (_order)
                {
                    if (_lastOfUser.TryGetValue(user, out var last) && last == t)
                    {
                        _lastOfUser.Remove(user);
                    }
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for every turn started so far (tests, and a stop that wants them done).</summary>
    public Task IdleAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(DingTalkCallback callback)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            if (!callback.IsText)
            {
                var reply = Activity.CreateMessage(TextOnlyReply);
                reply.Conversation = new ConversationAccount { Id = callback.SenderStaffId };
                await channel.DeliverAsync(reply, stopping);
                return;
            }

            await adapter.ProcessActivityAsync(ToActivity(callback), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogTurnFailed(logger, exception, callback.SenderStaffId);
        }
    }

    private Activity ToActivity(DingTalkCallback callback) => new()
    {
        Type = ActivityTypes.Message,
        Id = callback.MsgId,
        Timestamp = callback.CreateAt > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(callback.CreateAt) : time.GetUtcNow(),
        ChannelId = DingTalkChannel.Id,
        ServiceUrl = DingTalkChannel.ServiceUrl,
        From = new ChannelAccount { Id = callback.SenderStaffId, Role = "user" },
        Recipient = new ChannelAccount { Id = options.Value.RobotCode, Role = "bot" },
        Conversation = new ConversationAccount { Id = callback.SenderStaffId },
        Locale = "zh-CN",
        Text = callback.Content ?? string.Empty,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "A DingTalk turn for {StaffId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string staffId);
}
