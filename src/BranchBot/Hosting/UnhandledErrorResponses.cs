using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;

namespace BranchBot.Hosting;

/// <summary>
/// What a request gets when something inside the server fails unexpectedly: status 500 with a short Chinese
/// message and the request's trace id (the exception itself goes to the log, never to the caller), as HTML for a
/// browser and as the protocol's JSON error shape for everything else. Bad input never gets here: endpoints answer
/// it with 400/401/403/413 themselves.
/// </summary>
public static class UnhandledErrorResponses
{
    public const string Message = "服务器内部出错，请稍后再试；如果一直出现，请把编号告诉管理员。";

    // Chinese stays readable in the JSON; characters that matter to HTML are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static WebApplication UseUnhandledErrorResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
        return app;
    }

    private static async Task WriteAsync(HttpContext http)
    {
        var traceId = http.TraceIdentifier;
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.Headers.CacheControl = "no-store";
        if (http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var encoded = System.Net.WebUtility.HtmlEncode(traceId);
            await http.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了</title></head>" +
                $"<body><h1>出错了</h1><p>{Message}</p><p>编号：<code>{encoded}</code></p></body></html>");
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            error = new { code = "500", message = Message, detail = $"Internal server error; see the server log for trace id {traceId}." },
        }, Json);
    }
}
