using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BranchBot.Core.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace BranchBot.Hosting;

/// <summary>
/// What a request gets when an exception escapes an endpoint: a body the server refused to read (Kestrel's
/// <see cref="BadHttpRequestException"/>, e.g. over its size limit) is the caller's fault and answers 400 or 413
/// (console forms are read and refused before this, by <c>RequestForms</c>); anything else is the server's and answers
/// 500 with the request's trace id (the exception itself goes to the log, never to the caller). Always a short
/// Chinese message, as HTML for a browser and as the protocol's JSON error shape for everything else.
/// </summary>
public static class UnhandledErrorResponses
{
    public const string Message = "服务器内部出错，请稍后再试；如果一直出现，请把编号告诉管理员。";
    public const string UnreadableMessage = "提交的内容格式不正确，无法读取。";
    public const string TooLargeMessage = "提交的内容太大了。";
    public const string StorageMessage = "服务器暂时无法保存数据（磁盘空间不足或数据库正忙），本次操作没有保存，请稍后再试。";

    // Chinese stays readable in the JSON; characters that matter to HTML are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static WebApplication UseUnhandledErrorResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
        return app;
    }

    private static (int Status, string Message) Classify(Exception? error) => error switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, TooLargeMessage),
        BadHttpRequestException bad when bad.StatusCode is >= 400 and < 500 => (bad.StatusCode, UnreadableMessage),
        _ when StorageUnavailableException.Find(error) is not null => (StatusCodes.Status503ServiceUnavailable, StorageMessage),
        _ => (StatusCodes.Status500InternalServerError, Message),
    };

    private static async Task WriteAsync(HttpContext http)
    {
        var (status, message) = Classify(http.Features.Get<IExceptionHandlerFeature>()?.Error);
        var traceId = http.TraceIdentifier;
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        if (http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var encoded = System.Net.WebUtility.HtmlEncode(traceId);
            await http.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了</title></head>" +
                $"<body><h1>出错了</h1><p>{message}</p><p>编号：<code>{encoded}</code></p></body></html>");
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        var detail = status switch
        {
            StatusCodes.Status500InternalServerError => $"Internal server error; see the server log for trace id {traceId}.",
            StatusCodes.Status503ServiceUnavailable => $"Storage unavailable (disk full or busy); nothing was saved (trace id {traceId}).",
            _ => $"The request body could not be read (trace id {traceId}).",
        };
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            error = new { code = status.ToString(CultureInfo.InvariantCulture), message, detail },
        }, Json);
    }
}
