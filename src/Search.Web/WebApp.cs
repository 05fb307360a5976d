using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DanVan.Web.Features;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.FileProviders;

namespace DanVan.Web;

/// <summary>Wiring only: settings, services, the middleware order and one endpoint group per feature.</summary>
public static class WebApp
{
    /// <summary>The address served when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>Builds the app; the data folder opens (indexing the corpus first if needed) when <see cref="KnowledgeBase"/> is first asked for.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection("DanVan"));
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<WebOptions>>().Value);

        // Opened once, by Program before serving (indexing the corpus first if needed); disposed by the container at shutdown.
        builder.Services.AddSingleton(services => KnowledgeBase.Open(services.GetRequiredService<WebOptions>(), Console.Out, Console.Error));
        builder.Services.AddRazorComponents();
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All)); // Vietnamese as letters, not &#x…; entities
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DanVan API";
            document.Info.Description = "Kế hoạch, văn bản được trích dẫn, trích dẫn lỗi thời và kiểm tra dự thảo: the JSON twins of the pages.";
            return Task.CompletedTask;
        }).AddOperationTransformer(Routes.DescribeDraftBody));
        builder.Services.ConfigureHttpJsonOptions(o => Json(o.SerializerOptions));

        // The app writes only to its data folder: the key ring stays in memory, not under ~/.aspnet, and an
        // uploaded draft is read in memory, never spooled to a temporary file.
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new MemoryKeyRing());
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // "key may be persisted unencrypted": it is never persisted
        builder.Services.AddOptions<FormOptions>().Configure<WebOptions>((form, options) =>
        {
            var limit = (int)Math.Min(int.MaxValue - (64 * 1024), options.MaxUploadBytes) + (64 * 1024);
            (form.MemoryBufferThreshold, form.BufferBodyLengthLimit, form.MultipartBodyLengthLimit) = (limit, limit, limit);
        });
        builder.Services.AddOptions<KestrelServerOptions>().Configure<WebOptions>((kestrel, options) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + (64 * 1024); // the form around the draft
        });

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Answers.Unexpected, AllowStatusCode404Response = true });
        app.UseStatusCodePages(Answers.StatusPage);
        app.UseMiddleware<OneValueEach>();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Served from the build output, whatever the working directory (the repository root for `dotnet run --project`).
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
        });
        app.MapOpenApi("/api/openapi.json");
        app.MapSearch();
        app.MapPlans();
        app.MapDocuments();
        app.MapStale();
        app.MapCheck();
        return app;
    }

    /// <summary>camelCase, enums as camelCase strings, Vietnamese letters as themselves (HTML-sensitive characters stay escaped).</summary>
    public static JsonSerializerOptions Json(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
