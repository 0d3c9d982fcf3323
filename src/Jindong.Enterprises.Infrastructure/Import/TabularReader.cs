using System.Globalization;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// Tells an .xlsx (a zip: "PK\x03\x04") from a CSV by the first bytes, refuses old .xls and binary
/// files, and opens the right reader. A stream that cannot seek is first copied to a temporary
/// file, because CSV encoding detection reads the bytes twice.
/// </summary>
internal sealed class TabularReader : ITabularReader
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0];

    public ITabularFile Open(Stream content, string fileName, string? sheet)
    {
        var owned = content.CanSeek ? null : SpoolToTemporaryFile(content);
        var stream = owned ?? content;
        try
        {
            var head = new byte[4096];
            var start = stream.Position;
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = start;
            var first = head.AsSpan(0, read);

            // OpenDocument files are zips too, their first entry naming the type uncompressed (ODF 1.2 §3.3).
            if (fileName.EndsWith(".ods", StringComparison.OrdinalIgnoreCase) || (first.StartsWith(Zip) && first.IndexOf("application/vnd.oasis.opendocument"u8) >= 0))
            {
                throw new UnreadableFileException(Messages.ImportOdsNotSupported);
            }

            if (first.StartsWith(Zip))
            {
                return new XlsxTabularFile(stream, sheet, owned);
            }

            if (first.StartsWith(OleCompound) || fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
            {
                throw new UnreadableFileException(Messages.ImportXlsNotSupported);
            }

            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && read > 0)
            {
                throw new UnreadableFileException(string.Format(CultureInfo.CurrentCulture, Messages.ImportFileCorrupt, "zip"));
            }

            // Text never holds NUL bytes in UTF-8 or GB18030; images, PDFs and archives do.
            if (first.Contains((byte)0))
            {
                throw new UnreadableFileException(Messages.ImportNotSpreadsheet);
            }

            return CsvTabularFile.Open(stream, owned);
        }
        catch
        {
            owned?.Dispose();
            throw;
        }
    }

    private static FileStream SpoolToTemporaryFile(Stream content)
    {
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        content.CopyTo(file);
        file.Position = 0;
        return file;
    }
}
