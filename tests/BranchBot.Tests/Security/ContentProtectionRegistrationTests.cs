using System.Runtime.Versioning;
using System.Security.Cryptography;
using BranchBot.Core.Security;
using BranchBot.Security;
using BranchBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace BranchBot.Tests.Security;

public sealed class ContentProtectionRegistrationTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("branchbot-protection-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Keys_from_appsettings_style_configuration_are_bound_and_used()
    {
        var previous = ContentKey.FromBase64(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "old");
        var old = new AesGcmContentProtector(new ContentKeyRing(previous)).Protect("近期思想和学习情况");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = "Filename=data/branchbot.db",
            ["Security:DataKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Security:DataKeyId"] = "current",
            ["Security:PreviousDataKeys:0"] = $"old:{previous.ToBase64()}",
        }).Build();
        using var services = Services(configuration);

        var protector = services.GetRequiredService<IContentProtector>();

        Assert.StartsWith("enc:v1:current:", protector.Protect("x"), StringComparison.Ordinal);
        Assert.Equal("近期思想和学习情况", protector.Unprotect(old));
        Assert.Equal(["current", "old"], services.GetRequiredService<ContentKeyRing>().KeyIds);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_key_is_loaded_when_the_host_starts_so_an_exposed_key_file_stops_it_at_once()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = "Filename=data/branchbot.db",
        }).Build();
        var keyFile = Path.Combine(_root.FullName, "data", "branchbot.key");
        using (var first = Services(configuration))
        {
            await StartAsync(first);
            Assert.True(File.Exists(keyFile));
        }

        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        using var second = Services(configuration);

        await Assert.ThrowsAsync<InsecureKeyFileException>(() => StartAsync(second));
    }

    [Fact]
    public void Tests_and_tools_can_register_a_generated_key()
    {
        var ring = ContentKeyRing.Ephemeral();
        using var services = new ServiceCollection().AddContentProtection(ring).BuildServiceProvider();

        var protector = services.GetRequiredService<IContentProtector>();

        Assert.StartsWith($"enc:v1:{ring.Current.Id}:", protector.Protect("x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_server_over_an_in_memory_database_has_a_protector_and_writes_no_key_file()
    {
        await using var app = new BranchBotApplication();
        _ = app.CreateClient();

        var protector = app.Services.GetRequiredService<IContentProtector>();

        Assert.Equal("谈心", protector.Unprotect(protector.Protect("谈心")));
        Assert.IsType<AesGcmContentProtector>(protector);
    }

    private ServiceProvider Services(IConfiguration configuration) => new ServiceCollection()
        .AddLogging()
        .AddContentProtection(configuration, new TestEnvironment(_root.FullName))
        .BuildServiceProvider();

    private static async Task StartAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "BranchBot.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
