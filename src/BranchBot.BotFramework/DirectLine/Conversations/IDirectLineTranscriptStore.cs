namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// Durable copy of each conversation's transcript, so a page reloaded after a restart shows its recent messages.
/// Calls come in each conversation's append order; an implementation must not throw (a failed write only costs history).
/// </summary>
public interface IDirectLineTranscriptStore
{
    /// <summary>The conversation's kept activities no older than <paramref name="notBefore"/>, by sequence.</summary>
    IReadOnlyList<TranscriptEntry> Load(string conversationId, DateTimeOffset notBefore);

    /// <summary>Keeps <paramref name="entry"/>; activities of the conversation below <paramref name="keepFromSequence"/> are dropped.</summary>
    void Append(string conversationId, TranscriptEntry entry, long keepFromSequence);
}

/// <summary>One activity of a transcript: its sequence (the watermark), id, wire JSON and when it was appended.</summary>
public sealed record TranscriptEntry(long Sequence, string ActivityId, byte[] Json, DateTimeOffset At);

/// <summary>The default without a database: transcripts live in memory only.</summary>
internal sealed class InMemoryOnlyTranscriptStore : IDirectLineTranscriptStore
{
    public IReadOnlyList<TranscriptEntry> Load(string conversationId, DateTimeOffset notBefore) => [];

    public void Append(string conversationId, TranscriptEntry entry, long keepFromSequence)
    {
    }
}
