using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>A channel that keeps what the bot sends, per conversation, instead of posting it anywhere.</summary>
internal sealed class RecordingChannelSender : IChannelSender
{
    private readonly List<Activity> _sent = [];
    private readonly List<SendAttempt> _attempts = [];
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _timingOut = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Every send tried, refused ones included, with the <see cref="SendAttempts"/> it asked for.</summary>
    public IReadOnlyList<SendAttempt> Attempts
    {
        get
        {
            lock (_sent)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>Everything sent so far and not yet taken by a script.</summary>
    public IReadOnlyList<Activity> Pending
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, SendAttempts attempts, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            var conversation = activity.Conversation?.Id ?? string.Empty;
            var refused = _failing.Contains(conversation) || _timingOut.Remove(conversation);
            _attempts.Add(new SendAttempt(activity, attempts, refused));
            if (_failing.Contains(conversation))
            {
                // What HttpConnectorClient throws once its retries of a 500 are used up.
                throw new ChannelDeliveryException("The channel answered 500 (Internal Server Error).", HttpStatusCode.InternalServerError, isFinal: false);
            }

            if (refused)
            {
                // What HttpConnectorClient throws when an attempt gets no answer in time (the channel may still deliver it).
                throw new ChannelDeliveryException($"no answer within {_attempts[^1].AttemptTimeout}", statusCode: null, isFinal: false);
            }

            _sent.Add(activity);
        }

        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _count)}"));
    }

    /// <summary>Makes every send into the conversation fail as a channel answering 500 would, until <see cref="Recover"/>.</summary>
    public void FailInto(string conversationId)
    {
        lock (_sent)
        {
            _failing.Add(conversationId);
        }
    }

    /// <summary>Makes the next send into the conversation time out, as a channel that answers too late.</summary>
    public void TimeOutOnceInto(string conversationId)
    {
        lock (_sent)
        {
            _timingOut.Add(conversationId);
        }
    }

    public void Recover(string conversationId)
    {
        lock (_sent)
        {
            _failing.Remove(conversationId);
        }
    }

    /// <summary>Removes and returns, in order, what was sent into one conversation.</summary>
    public IReadOnlyList<Activity> TakeFor(string conversationId)
    {
        lock (_sent)
        {
            var mine = _sent.Where(a => a.Conversation?.Id == conversationId).ToList();
            _sent.RemoveAll(a => a.Conversation?.Id == conversationId);
            return mine;
        }
    }
}

/// <summary>One send tried: the activity, how many attempts it asked the client for, and whether the channel refused it.</summary>
internal sealed record SendAttempt(Activity Activity, SendAttempts Attempts, bool Refused)
{
    /// <summary>The timeout a single-attempt send asked for; null when it left the client's own (or its retries).</summary>
    public TimeSpan? AttemptTimeout => Attempts is SendAttempts.SingleAttempt single ? single.Timeout : null;
}
