namespace BranchBot.BotFramework.Tests.Support;

/// <summary>A "random" source that always draws the same fraction, so jittered delays are predictable.</summary>
internal sealed class FixedRandom(double fraction) : Random
{
    public override double NextDouble() => fraction;

    protected override double Sample() => fraction;
}
