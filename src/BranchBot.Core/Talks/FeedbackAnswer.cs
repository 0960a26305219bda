namespace BranchBot.Core.Talks;

/// <summary>One answer in plain text; <see cref="Text"/> is null when the member skipped (跳过) the question.</summary>
public sealed record FeedbackAnswer(FeedbackTopic Topic, string? Text)
{
    public bool Skipped => Text is null;
}

/// <summary>One answer as stored: <see cref="ProtectedText"/> is <c>IContentProtector.Protect</c> output, null when skipped.</summary>
public sealed record ProtectedAnswer(FeedbackTopic Topic, string? ProtectedText);
