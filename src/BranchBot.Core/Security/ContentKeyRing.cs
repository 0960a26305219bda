namespace BranchBot.Core.Security;

/// <summary>
/// The keys content can be read with: the current key encrypts everything new; previous keys (found by the id in each
/// stored value) still decrypt what they wrote, until it has been re-encrypted and they can be dropped.
/// </summary>
public sealed class ContentKeyRing
{
    private readonly Dictionary<string, ContentKey> _byId;

    public ContentKeyRing(ContentKey current, IEnumerable<ContentKey>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        Current = current;
        _byId = new Dictionary<string, ContentKey>(StringComparer.Ordinal) { [current.Id] = current };
        foreach (var key in previous ?? [])
        {
            if (_byId.TryGetValue(key.Id, out var known))
            {
                if (!known.SameAs(key))
                {
                    throw new ArgumentException($"Two different content keys share the id '{key.Id}'; give each key its own id.", nameof(previous));
                }

                continue;
            }

            _byId.Add(key.Id, key);
        }
    }

    public ContentKey Current { get; }

    /// <summary>Every key, the current one included.</summary>
    public IReadOnlyCollection<ContentKey> Keys => _byId.Values;

    /// <summary>Every key id, the current one first.</summary>
    public IReadOnlyList<string> KeyIds => [Current.Id, .. _byId.Keys.Where(id => id != Current.Id).Order(StringComparer.Ordinal)];

    /// <summary>A ring of one freshly generated key: for tests and in-memory databases, whose content dies with the process.</summary>
    public static ContentKeyRing Ephemeral() => new(ContentKey.Generate());

    public bool TryFind(string id, out ContentKey key) => _byId.TryGetValue(id, out key!);
}
