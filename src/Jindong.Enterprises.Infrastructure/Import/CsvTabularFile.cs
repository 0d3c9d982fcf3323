using System.Globalization;
using System.Text;
using CsvHelper;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// A CSV file in UTF-8 (with or without BOM) or, as Chinese Excel saves it, GBK — read as
/// GB18030, its superset. Detection: a UTF-8 BOM means UTF-8; else bytes that are valid strict
/// UTF-8 are UTF-8; else GB18030. Row numbers are the file's line numbers, as an editor shows them.
/// </summary>
internal sealed class CsvTabularFile : ITabularFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The longest record buffered: far beyond any real row, yet an unclosed quote near the top of
    /// a large file is refused here instead of swallowing the rest of the file into one field.
    /// </summary>
    private const int MaxRecordBytes = 16 << 20;

    private readonly CsvReader csv;
    private readonly Stream? owned;
    private readonly TextReader? text;

    private CsvTabularFile(CsvReader csv, string format, Stream? owned, TextReader? text)
    {
        this.csv = csv;
        Format = format;
        this.owned = owned;
        this.text = text;
    }

    public string Format { get; }

    public static CsvTabularFile Open(Stream stream, Stream? owned)
    {
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, MaxRecordSize = MaxRecordBytes };
        var start = stream.Position;
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read == 3 && bom.SequenceEqual(Utf8Bom))
        {
            return new CsvTabularFile(CsvReader.Create(stream, options, leaveOpen: true), "CSV (UTF-8 BOM)", owned, null);
        }

        stream.Position = start;
        if (IsStrictUtf8(stream))
        {
            stream.Position = start;
            return new CsvTabularFile(CsvReader.Create(stream, options, leaveOpen: true), "CSV (UTF-8)", owned, null);
        }

        stream.Position = start;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var reader = new StreamReader(stream, Encoding.GetEncoding("GB18030"), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        return new CsvTabularFile(CsvReader.Create(reader, options, leaveOpen: true), "CSV (GB18030/GBK)", owned, reader);
    }

    public IEnumerable<TabularRow> ReadRows()
    {
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                throw new UnreadableFileException(string.Format(CultureInfo.CurrentCulture, Messages.ImportCsvMalformed, csv.LineNumber), exception);
            }

            if (csv.FieldCount > TabularLimits.MaxColumns)
            {
                throw TabularLimits.TooManyColumns(csv.LineNumber);
            }

            var cells = new string?[csv.FieldCount];
            long characters = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
                if (cells[i] is { Length: > TabularLimits.MaxCellLength })
                {
                    throw TabularLimits.CellTooLong(csv.LineNumber, i);
                }

                characters += cells[i]?.Length ?? 0;
                if (characters > TabularLimits.MaxRowLength)
                {
                    throw TabularLimits.RowTooLong(csv.LineNumber, i);
                }
            }

            yield return new TabularRow((int)csv.LineNumber, cells);
        }
    }

    public void Dispose()
    {
        csv.Dispose();
        text?.Dispose();
        owned?.Dispose();
    }

    /// <summary>Decodes the whole stream with a throwing UTF-8 decoder, in blocks; the cost is one pass of memory-speed decoding.</summary>
    private static bool IsStrictUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[bytes.Length + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
