using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace DanVan.Web.Tests.Browser;

/// <summary>
/// One Chromium on the test server: navigation, waiting, and screenshots of the whole page at desktop
/// and phone width into screenshots/ at the repository root (ignored by git).
/// </summary>
public sealed class BrowserSession : IDisposable
{
    private readonly string profile;

    public BrowserSession(WebFixture web)
    {
        if (Chromium.Missing is { } why)
        {
            throw new InvalidOperationException(why); // only reached when DANVAN_REQUIRE_BROWSER=1
        }

        Base = web.BaseAddress;
        Driver = Chromium.Start(out profile);
        Desktop();
    }

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(WebFixture.RepoRoot, "screenshots")).FullName;

    public ChromeDriver Driver { get; }

    public Uri Base { get; }

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(Base, path));

    public IWebElement Find(string css) => Wait().Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed))!;

    public IReadOnlyList<IWebElement> All(string css) => Driver.FindElements(By.CssSelector(css));

    public WebDriverWait Wait(int seconds = 10) => new(Driver, TimeSpan.FromSeconds(seconds));

    /// <summary>The page at desktop width (1366) and at phone width (390), whole, as NAME-desktop.png and NAME-phone.png.</summary>
    public void Screenshot(string name)
    {
        foreach (var (suffix, width) in new[] { ("desktop", 1366), ("phone", 390) })
        {
            Driver.Manage().Window.Size = new System.Drawing.Size(width, 900);
            var height = Convert.ToInt32(Driver.ExecuteScript("return Math.min(6000, document.documentElement.scrollHeight)"), System.Globalization.CultureInfo.InvariantCulture);
            Driver.Manage().Window.Size = new System.Drawing.Size(width, Math.Max(600, height));
            Driver.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, $"{name}-{suffix}.png"));
        }

        Desktop();
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be closing its profile files.
        }
    }

    private void Desktop() => Driver.Manage().Window.Size = new System.Drawing.Size(1366, 900);
}
