using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DanVan.Web;

/// <summary>
/// The data-protection key ring kept in memory: ASP.NET would otherwise write it under
/// ~/.aspnet/DataProtection-Keys, outside the data folder. Nothing the app protects (it has no logins
/// or stored tokens) needs to outlive the process.
/// </summary>
public sealed class MemoryKeyRing : IXmlRepository
{
    private readonly List<XElement> keys = [];

    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (keys)
        {
            return [.. keys.Select(k => new XElement(k))];
        }
    }

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        lock (keys)
        {
            keys.Add(new XElement(element));
        }
    }
}
