using BranchBot.Core.Storage;

namespace BranchBot.Tests.Support;

/// <summary>Change notices as another instance would send them (<see cref="Hear"/>), and this instance's, recorded.</summary>
internal sealed class RecordedChangeNotices : IChangeNotices
{
    private readonly Dictionary<string, Action> _handlers = new(StringComparer.Ordinal);

    public List<string> Published { get; } = [];

    public bool SharedWithOtherInstances => true;

    public ValueTask PublishAsync(string topic, CancellationToken cancellationToken)
    {
        Published.Add(topic);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topic, Action changed)
    {
        _handlers[topic] = changed;
        return new CancellationTokenSource();
    }

    public void Hear(string topic) => _handlers[topic]();
}
