namespace BranchBot.Core;

/// <summary>
/// Where members reach this server, for links sent in chat (console login, calendar feed): BranchBot:PublicUrl when
/// set, otherwise the address the current request came in on.
/// </summary>
public interface IPublicBaseUrl
{
    /// <summary>The base address without a trailing slash, e.g. <c>https://dangjian.example.cn/bot</c>.</summary>
    string Get();
}
