using System.Text;

namespace Jindong.Enterprises.Tests.Support;

/// <summary>
/// A small RFC 4180 reader, independent of the CsvHelper the seeder uses, so the seeding tests
/// compare the database with the file as written rather than with the seeder's own reading of it.
/// </summary>
public static class Csv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadRows(string text)
    {
        var records = Parse(text);
        var header = records[0];
        return records
            .Skip(1)
            .Select(fields =>
            {
                if (fields.Count != header.Count)
                {
                    throw new FormatException($"A row has {fields.Count} fields, the header {header.Count}: {string.Join(",", fields)}");
                }

                return (IReadOnlyDictionary<string, string>)header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            })
            .ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
    }
}
