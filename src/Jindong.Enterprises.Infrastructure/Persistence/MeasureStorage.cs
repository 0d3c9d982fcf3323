using System.Data.Common;
using Jindong.Enterprises.Domain.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// How the measures are stored, read off the EF model (<see cref="FigureValues"/> as a complex type):
/// each column's type, and the conversion between a value and its stored form (scaled integers on
/// SQLite), for the statements that bypass change tracking.
/// </summary>
public sealed class MeasureStorage
{
    private readonly IProperty[] properties;

    public MeasureStorage(IModel model)
    {
        var values = model.FindEntityType(typeof(AnnualFigures))!.FindComplexProperty(nameof(AnnualFigures.Values))!.ComplexType;
        properties = Measures.All.Select(m => values.FindProperty(m.Property)!).ToArray();
    }

    public string ColumnType(Measure measure) => properties[(int)measure].GetColumnType();

    /// <summary>A value in its stored form.</summary>
    public object Stored(Measure measure, decimal value)
    {
        var property = properties[(int)measure];
        var typed = Measures.Of(measure).IsCount ? (object)(int)value : value;
        return Converter(property)?.ConvertToProvider(typed) ?? typed;
    }

    /// <summary>A year's values from consecutive columns in <see cref="Measures"/>' order, from <paramref name="first"/> on.</summary>
    public FigureValues Read(DbDataReader reader, int first)
    {
        var read = ReadNullable(reader, first);
        return Measures.All.Aggregate(new FigureValues(read[0] ?? 0m), (v, m) => m.Set(v, read[(int)m.Measure] ?? (m.IsRequired ? v.OutputWan : null)));
    }

    /// <summary>Each measure's value from consecutive columns, null where the column is.</summary>
    public decimal?[] ReadNullable(DbDataReader reader, int first)
    {
        var values = new decimal?[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            if (reader.IsDBNull(first + i))
            {
                continue;
            }

            var raw = reader.GetValue(first + i);
            var converter = Converter(properties[i]);
            var value = converter is null ? raw : converter.ConvertFromProvider(Convert.ChangeType(raw, converter.ProviderClrType, System.Globalization.CultureInfo.InvariantCulture));
            values[i] = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static ValueConverter? Converter(IProperty property) => property.GetTypeMapping().Converter;
}
