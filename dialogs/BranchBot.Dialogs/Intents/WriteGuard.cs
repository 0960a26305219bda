namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The one place that decides whether a reading that writes (at once or after its preview) may stay sure: only when
/// every slot it carries was read with certainty and the sentence asks for the command now (<see cref="RequestMood"/>).
/// Otherwise it is only likely, so the member is asked "你是想…吗？" and nothing is previewed or offered as sure.
/// </summary>
public static class WriteGuard
{
    /// <summary>Below <see cref="IntentRecognizer.RunThreshold"/>, above <see cref="IntentRecognizer.AskThreshold"/>.</summary>
    public const double InDoubt = 0.7;

    public static IntentMatch Review(IntentMatch reading, string text)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Effect == IntentEffect.Read || reading.Confidence < IntentRecognizer.RunThreshold)
        {
            return reading;
        }

        return reading.Guessed.Count > 0 || !RequestMood.AsksNow(text, reading.Command) ? reading with { Confidence = InDoubt } : reading;
    }
}
