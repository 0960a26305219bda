namespace BranchBot.BotFramework.Tests.Support;

/// <summary>Waits (in real time, bounded) for work the code under test finishes on a background thread.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }
    }
}
