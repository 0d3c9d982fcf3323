using System.Net;
using System.Text.RegularExpressions;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>The import page's upload as a browser posts it: the form's anti-forgery token, the year and the file.</summary>
public static partial class ImportUpload
{
    /// <summary>Uploads <paramref name="content"/> as <paramref name="name"/> for a dry-run preview of <paramref name="year"/>.</summary>
    public static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, string name, byte[] content, int year = 2024)
    {
        var form = await client.GetStringAsync("/Import");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Year" },
            { new StringContent(WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", name },
        };
        return await client.PostAsync("/Import?handler=Preview", upload);
    }

    /// <summary>The page of a preview that must be shown (200), as text.</summary>
    public static async Task<string> PreviewPageAsync(HttpClient client, string name, byte[] content, int year = 2024)
    {
        using var response = await PreviewAsync(client, name, content, year);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
