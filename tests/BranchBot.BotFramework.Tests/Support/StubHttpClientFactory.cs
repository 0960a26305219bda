namespace BranchBot.BotFramework.Tests.Support;

/// <summary>Hands out clients over one handler, for classes tested without a host.</summary>
internal sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}

/// <summary>
/// Lets a host's HttpClientFactory use a handler the test owns: the factory disposes the handlers it builds when
/// it rotates them, and this wrapper keeps that from disposing the shared one.
/// </summary>
internal sealed class NonDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
