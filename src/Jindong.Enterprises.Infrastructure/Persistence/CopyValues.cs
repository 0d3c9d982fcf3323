using Npgsql;
using NpgsqlTypes;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>A value written to a binary COPY in its column's PostgreSQL type (binary COPY does not infer types).</summary>
internal static class CopyValues
{
    public static void Write(NpgsqlBinaryImporter copy, object? value)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case int number: copy.Write(number, NpgsqlDbType.Integer); break;
            case long number: copy.Write(number, NpgsqlDbType.Bigint); break;
            case decimal amount: copy.Write(amount, NpgsqlDbType.Numeric); break;
            case bool flag: copy.Write(flag, NpgsqlDbType.Boolean); break;
            case DateTime time: copy.Write(time, NpgsqlDbType.TimestampTz); break;
            case DateOnly date: copy.Write(date, NpgsqlDbType.Date); break;
            default: copy.Write((string)value, NpgsqlDbType.Text); break;
        }
    }

    public static async Task WriteAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken ct)
    {
        switch (value)
        {
            case null: await copy.WriteNullAsync(ct); break;
            case int number: await copy.WriteAsync(number, NpgsqlDbType.Integer, ct); break;
            case long number: await copy.WriteAsync(number, NpgsqlDbType.Bigint, ct); break;
            case decimal amount: await copy.WriteAsync(amount, NpgsqlDbType.Numeric, ct); break;
            case bool flag: await copy.WriteAsync(flag, NpgsqlDbType.Boolean, ct); break;
            case DateTime time: await copy.WriteAsync(time, NpgsqlDbType.TimestampTz, ct); break;
            case DateOnly date: await copy.WriteAsync(date, NpgsqlDbType.Date, ct); break;
            default: await copy.WriteAsync((string)value, NpgsqlDbType.Text, ct); break;
        }
    }
}
