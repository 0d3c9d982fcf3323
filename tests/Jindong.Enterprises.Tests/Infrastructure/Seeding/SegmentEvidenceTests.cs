using System.Text.RegularExpressions;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Infrastructure.Seeding;

public sealed partial class SegmentEvidenceTests : RegistryTest
{
    [Fact]
    public async Task No_seeded_firm_shows_English_in_its_segment_evidence()
    {
        var notes = await App.QueryAsync(db => db.Enterprises.Where(e => e.SegmentNote != null).Select(e => new { e.ListNo, e.SegmentNote }).ToListAsync());

        Assert.Equal(100, notes.Count);
        Assert.Empty(notes.Where(n => EnglishWord().IsMatch(n.SegmentNote!)).Select(n => $"{n.ListNo}: {n.SegmentNote}"));
        Assert.Contains(notes, n => n.SegmentNote!.Contains("（需人工判断）", StringComparison.Ordinal));
    }

    /// <summary>Three Latin letters in a row, other than the product abbreviations the plan itself prints (CPU, PVC, PET).</summary>
    [GeneratedRegex(@"(?!CPU|PVC|PET)[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
