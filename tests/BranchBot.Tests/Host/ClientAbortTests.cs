using System.Text;
using BranchBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Host;

/// <summary>A client that disconnects while sending a body is routine: nothing reaches the log at Warning or above.</summary>
public class ClientAbortTests
{
    public static TheoryData<string, string> Aborts => new()
    {
        { "/api/messages", "unexpected-end" },
        { "/api/messages", "reset" },
    };

    [Theory]
    [MemberData(nameof(Aborts))]
    public async Task A_body_cut_off_by_the_client_logs_nothing_at_warning_or_above(string path, string abort)
    {
        var logs = new CapturingLoggerProvider();
        await using var app = new BranchBotApplication(configure: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<IStartupFilter>(new AbortingBodyFilter(abort));
        });

        using var client = app.CreateClient();

        // The client of an aborted request sees the abort; what matters here is the server's log.
        _ = await Record.ExceptionAsync(() => client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{\"type\":\"mess", Encoding.UTF8, "application/json")));

        Assert.Empty(logs.Exceptions);
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning && !FromStartUpJobs(line.Category));
    }

    // The setup-code announcement and the start-up daily duties warn on an unclaimed branch, in the background.
    private static bool FromStartUpJobs(string category) =>
        category.StartsWith("BranchBot.Setup.", StringComparison.Ordinal) || category.StartsWith("BranchBot.Scheduling.", StringComparison.Ordinal);

    [Fact]
    public void An_io_error_while_the_client_is_still_connected_is_not_taken_for_an_abort()
    {
        var http = new DefaultHttpContext();

        Assert.False(BranchBot.Hosting.ClientAbortedRequests.IsClientAbort(http, new IOException("disk full")));
        Assert.True(BranchBot.Hosting.ClientAbortedRequests.IsClientAbort(http, new BadHttpRequestException("Unexpected end of request content.")));
    }

    /// <summary>Gives every request a body that fails the way Kestrel's does when the client goes away mid-body.</summary>
    private sealed class AbortingBodyFilter(string abort) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Request.Body = new AbortingStream(context, abort);
                return following(context);
            });
            next(app);
        };
    }

    private sealed class AbortingStream(HttpContext context, string abort) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw Failure();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(Failure());

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(Failure());

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private Exception Failure()
        {
            if (abort == "reset")
            {
                context.Abort();
                return new IOException("The client reset the request stream.");
            }

            return new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest);
        }
    }
}
