using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.Hosting;
using BranchBot.ChatPage;

var builder = WebApplication.CreateBuilder(args);

// Protocol layer: Bot Framework activities in and out.
builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();

app.MapBotFrameworkMessages();
app.MapDirectLine();
app.MapChatPage();

app.Run();

/// <summary>Entry point; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
