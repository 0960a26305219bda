namespace BranchBot.BotFramework.Schema;

/// <summary>The synchronous answer to an invoke activity, returned as the HTTP body.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public object? Body { get; set; }
}
