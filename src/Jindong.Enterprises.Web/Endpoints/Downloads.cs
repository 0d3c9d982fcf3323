using System.Net.Mime;
using Jindong.Enterprises.Application.Tables;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>A table written straight to the response as a file download: no temporary file.</summary>
internal static class Downloads
{
    public static async Task WriteAsync(HttpContext http, string name, TabularFormat format, Action<Stream> write)
    {
        http.Response.ContentType = format.ContentType();
        http.Response.Headers.ContentDisposition = new ContentDisposition { FileName = $"{name}.{format.Extension()}" }.ToString()
            + "; filename*=UTF-8''" + Uri.EscapeDataString($"{name}.{format.Extension()}");
        // The writers are synchronous (CsvHelper, MiniExcel): buffer in memory, then copy asynchronously,
        // since Kestrel refuses synchronous writes to the response.
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
