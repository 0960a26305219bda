namespace BranchBot.Hosting;

/// <summary>
/// A setting or key file the bot cannot start with. Its message is the whole story for the operator (what is wrong,
/// where, and the fix), so start-up logs it as one line instead of a stack trace.
/// </summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
