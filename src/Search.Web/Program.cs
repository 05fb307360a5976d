using DanVan;
using DanVan.Web;

try
{
    var app = WebApp.Build(args);
    app.Services.GetRequiredService<KnowledgeBase>(); // index and open the data folder before serving the first request
    app.Run();
    return 0;
}
catch (DanVanException e)
{
    // A missing corpus or data folder, a locked index: one line saying which, not a stack trace.
    Console.Error.WriteLine($"Search.Web: {e.Message}");
    return 2;
}

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;
