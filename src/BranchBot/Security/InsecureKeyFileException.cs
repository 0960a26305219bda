namespace BranchBot.Security;

/// <summary>The key file may be read by others than its owner: the bot refuses to use (and so to start with) it.</summary>
public sealed class InsecureKeyFileException : Exception
{
    public InsecureKeyFileException()
    {
    }

    public InsecureKeyFileException(string message)
        : base(message)
    {
    }

    public InsecureKeyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InsecureKeyFileException(string path, UnixFileMode mode)
        : base($"The key file {path} may be accessed by group or others (mode {Octal(mode)}); the bot refuses to use it. Run: chmod 600 {path}")
    {
        Path = path;
    }

    public string? Path { get; }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
