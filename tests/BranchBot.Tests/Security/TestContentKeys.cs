using BranchBot.Core.Security;

namespace BranchBot.Tests.Security;

/// <summary>
/// The content key of the test hosts: generated once per test run, so a harness restarted on the same database file
/// still reads what the previous one wrote, and no key ever touches the disk or the repository.
/// </summary>
internal static class TestContentKeys
{
    public static ContentKeyRing Ring { get; } = ContentKeyRing.Ephemeral();
}
