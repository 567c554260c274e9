using System.Net.Http;
using System.Threading.Tasks;

namespace Snippets;

/// <summary>COC0003: fetching "the latest rate" from the internet.</summary>
public static class FetchExchangeRate
{
    public static async Task<string> LatestAsync(string currency)
    {
        using var client = new HttpClient();
        return await client.GetStringAsync("https://example.invalid/rates/" + currency);
    }
}
