using System.Diagnostics;

namespace BranchBot.KnowledgeBench;

/// <summary>Timings in milliseconds, sorted once, read as percentiles.</summary>
internal sealed class Percentiles
{
    private readonly List<double> _sorted;

    public Percentiles(IEnumerable<double> milliseconds) => _sorted = [.. milliseconds.Order()];

    public double Median => At(0.5);

    public double P99 => At(0.99);

    public double Max => _sorted[^1];

    public double At(double fraction) => _sorted[Math.Min(_sorted.Count - 1, (int)(_sorted.Count * fraction))];

    public static Percentiles Time(int times, Action action)
    {
        var timings = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Percentiles(timings);
    }
}
