using Microsoft.AspNetCore.Connections;

namespace BranchBot.Hosting;

/// <summary>
/// A client that goes away in the middle of sending a body (a closed tab, a dropped mobile connection, a channel that
/// timed out) makes the body read throw. That is routine, not a server fault: it is logged as one Debug line instead
/// of an error with a stack trace, and the request ends with 400 if anything can still be sent. Placed inside
/// <see cref="UnhandledErrorResponses"/>, so every other exception still reaches it.
/// </summary>
public static partial class ClientAbortedRequests
{
    private const string UnexpectedEndOfContent = "Unexpected end of request content";

    public static WebApplication UseClientAbortedRequests(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAbortedRequests).FullName!);
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception exception) when (IsClientAbort(http, exception))
            {
                LogAborted(logger, http.Request.Method, http.Request.Path.Value ?? "/", exception.GetType().Name, exception.Message);
                if (!http.Response.HasStarted)
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                }
            }
        });
        return app;
    }

    /// <summary>
    /// Only the exceptions a body read throws when the client disconnects: an IOException from the server's own disk
    /// (LiteDB, the key file) is not one, unless the request was aborted at the same time.
    /// </summary>
    public static bool IsClientAbort(HttpContext http, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(http);
        return exception switch
        {
            ConnectionResetException => true,
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad =>
                http.RequestAborted.IsCancellationRequested || bad.Message.StartsWith(UnexpectedEndOfContent, StringComparison.Ordinal),
            IOException or OperationCanceledException => http.RequestAborted.IsCancellationRequested,
            _ => false,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client went away while sending {Method} {Path}: {ExceptionType}: {Reason}")]
    private static partial void LogAborted(ILogger logger, string method, string path, string exceptionType, string reason);
}
