namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The slots a rule fills from a sentence, each read with certainty (a date the date reader parsed with nothing of a
/// date left over, a place of a known shape, a name on the roster, a meeting that is exactly one of those scheduled)
/// or only guessed. A slot the sentence speaks of but that could not be read at all is in doubt without a value.
/// </summary>
public sealed class SlotReading
{
    private readonly Dictionary<string, string> _values = [];
    private readonly HashSet<string> _guessed = [];

    public IReadOnlyDictionary<string, string> Values => _values;

    public IReadOnlySet<string> Guessed => _guessed;

    public SlotReading Certain(string slot, string value) => Put(slot, value, certain: true);

    public SlotReading Put(string slot, string value, bool certain)
    {
        _values[slot] = value;
        if (certain)
        {
            _guessed.Remove(slot);
        }
        else
        {
            _guessed.Add(slot);
        }

        return this;
    }

    /// <summary>"每月15号" left beside the date read: the slot is in doubt whatever value it has.</summary>
    public SlotReading Doubt(string slot)
    {
        _guessed.Add(slot);
        return this;
    }

    public IntentMatch Match(string command, string line, IntentEffect effect, double confidence) =>
        new(command, line, effect, confidence, new Dictionary<string, string>(_values)) { Guessed = new HashSet<string>(_guessed) };
}
