using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests;

/// <summary>
/// The app over the repository's corpus/ (seeds, devset, registry), indexed into a temporary data
/// folder, served by Kestrel on a free port of 127.0.0.1 so that both HttpClient tests and a real
/// browser can reach it. One per test run: the data folder's graph has one owner at a time.
/// </summary>
public sealed class WebFixture : IDisposable
{
    public WebFixture()
    {
        Data = Directory.CreateTempSubdirectory("danvan-web-").FullName;

        // A home of its own, to prove the app writes nothing there (ASP.NET's key ring would go to ~/.aspnet).
        Home = Directory.CreateTempSubdirectory("danvan-home-").FullName;
        Environment.SetEnvironmentVariable("HOME", Home);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("DanVan:Corpus", Path.Combine(RepoRoot, "corpus"));
            web.UseSetting("DanVan:Data", Data);
            web.UseSetting("DanVan:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        Factory.UseKestrel(0);
        Factory.StartServer();
        Factory.Services.GetRequiredService<KnowledgeBase>(); // index now, as Program does, not in the first test's time
        Client = Factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
    }

    /// <summary>The upload limit the tests set (small, so the over-limit test sends little).</summary>
    public const long MaxUploadBytes = 256 * 1024;

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    /// <summary>Where the server listens (http://127.0.0.1:PORT/).</summary>
    public Uri BaseAddress { get; }

    public string Data { get; }

    /// <summary>The HOME the app runs with: it must stay empty.</summary>
    public string Home { get; }

    public static string RepoRoot { get; } = FindRoot();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing handle: the temp folder is cleaned by the system.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DanVan.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>All web tests share one server (see <see cref="WebFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
