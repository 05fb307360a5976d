using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DanVan.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium and ChromeDriver (packages chromium and chromium-driver), headless. When they
/// are missing the browser tests are skipped with a message saying how to install them, unless
/// DANVAN_REQUIRE_BROWSER=1 (as CI sets it), where a missing browser fails instead of skipping.
/// </summary>
public static class Chromium
{
    public const string Binary = "/usr/bin/chromium", Driver = "/usr/bin/chromedriver";

    public const string Install = "Chromium not found: install it with `apt-get install -y chromium chromium-driver` (Debian) to run the browser tests";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing => File.Exists(Binary) && File.Exists(Driver) ? null : Install;

    /// <summary>True when a missing browser must fail the run rather than skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("DANVAN_REQUIRE_BROWSER") == "1";

    /// <summary>A headless Chromium with its own empty profile (deleted by the caller via <paramref name="profile"/>).</summary>
    public static ChromeDriver Start(out string profile)
    {
        profile = Directory.CreateTempSubdirectory("danvan-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=vi-VN", $"--user-data-dir={profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        // Chromium writes caches under HOME: give it its profile folder, so the app's HOME stays as the app leaves it.
        var home = Environment.GetEnvironmentVariable("HOME");
        Environment.SetEnvironmentVariable("HOME", profile);
        ChromeDriver driver;
        try
        {
            driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOME", home);
        }

        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }
}

/// <summary>A test that needs Chromium: skipped with the install command when it is missing (failed when DANVAN_REQUIRE_BROWSER=1).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } why && !Chromium.Required)
        {
            Skip = why;
        }
    }
}
