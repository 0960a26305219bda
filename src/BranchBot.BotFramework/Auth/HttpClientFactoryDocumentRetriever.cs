using Microsoft.IdentityModel.Protocols;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Fetches metadata documents through a named client of <see cref="IHttpClientFactory"/>, so hosts and tests can
/// replace the handler. A client per fetch is cheap here (a fetch happens about twice a day) and follows the
/// factory's handler rotation instead of pinning one connection pool for the life of the process.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory httpClientFactory, string clientName, bool requireHttps)
    : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(clientName)) { RequireHttps = requireHttps };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
