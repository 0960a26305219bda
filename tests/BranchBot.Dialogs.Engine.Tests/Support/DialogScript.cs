using BranchBot.BotFramework.Schema;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Tests.Support;

/// <summary>
/// Runs a dialog turn by turn the way the bot does (the stack goes through JSON between turns, as it does through
/// storage) and lets a test read as a script: send "x", expect a reply containing "y".
/// </summary>
internal sealed class DialogScript(DialogSet dialogs, string rootDialogId)
{
    private readonly Queue<Activity> _replies = new();
    private string _savedState = string.Empty;

    public DialogTurnResult? LastResult { get; private set; }

    public int StackDepth => DialogState.FromJson(_savedState).Stack.Count;

    public DialogScript Send(string text)
    {
        var turn = RecordingTurnContext.UserSays(text);
        var state = DialogState.FromJson(_savedState);
        var dc = new DialogContext(dialogs, turn, state);
        var result = dc.ActiveInstance is null
            ? dc.BeginDialogAsync(rootDialogId, null, CancellationToken.None).GetAwaiter().GetResult()
            : dc.ContinueDialogAsync(CancellationToken.None).GetAwaiter().GetResult();
        LastResult = result;
        _savedState = state.ToJson();
        foreach (var reply in turn.Sent)
        {
            _replies.Enqueue(reply);
        }

        return this;
    }

    public DialogScript ExpectReply(string contains)
    {
        Assert.True(_replies.Count > 0, $"Expected a reply containing 「{contains}」 but the bot said nothing more.");
        var reply = _replies.Dequeue();
        Assert.Contains(contains, reply.Text ?? string.Empty, StringComparison.Ordinal);
        return this;
    }

    public DialogScript ExpectButtons(params string[] titles)
    {
        Assert.True(_replies.Count > 0, "Expected a reply with buttons but the bot said nothing more.");
        var reply = _replies.Peek();
        Assert.Equal(titles, reply.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? []);
        return this;
    }

    public DialogScript ExpectNoMoreReplies()
    {
        Assert.True(_replies.Count == 0, $"Unexpected reply: {(_replies.Count > 0 ? _replies.Peek().Text : string.Empty)}");
        return this;
    }

    public DialogScript ExpectCompleted(object? result)
    {
        Assert.NotNull(LastResult);
        Assert.Equal(DialogTurnStatus.Complete, LastResult!.Status);
        Assert.Equal(result, LastResult.Result);
        return this;
    }
}
