using Jindong.Enterprises.Application.Import;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// A workbook's shared-string table, read within <see cref="TabularLimits.MaxSharedStrings"/> strings
/// and <see cref="TabularLimits.MaxSharedStringLength"/> characters. The text sits in a few large
/// character blocks, each string an offset and a length into them, so the table costs its text and
/// eight bytes a string rather than an object per string; a cell's text is made when a cell asks.
/// Strings past the limits are not kept (<see cref="Truncated"/>): the cell that uses one is refused.
/// </summary>
internal sealed class SharedStringTable
{
    /// <summary>One block holds any cell's text whole, so a string never spans two.</summary>
    private const int BlockLength = 1 << 16;

    private readonly List<char[]> blocks = [];
    private readonly List<(int Block, int Offset, int Length)> entries = [];
    private int used = BlockLength;
    private long characters;

    /// <summary>Whether the file holds strings beyond the limits, which were not read.</summary>
    public bool Truncated { get; private set; }

    public int Count => entries.Count;

    /// <summary>Keeps <paramref name="text"/>; false (and <see cref="Truncated"/>) once the limits are reached.</summary>
    public bool Add(ReadOnlySpan<char> text)
    {
        if (entries.Count >= TabularLimits.MaxSharedStrings || characters + text.Length > TabularLimits.MaxSharedStringLength)
        {
            Truncated = true;
            return false;
        }

        if (used + text.Length > BlockLength)
        {
            blocks.Add(new char[BlockLength]);
            used = 0;
        }

        text.CopyTo(blocks[^1].AsSpan(used));
        entries.Add((blocks.Count - 1, used, text.Length));
        used += text.Length;
        characters += text.Length;
        return true;
    }

    /// <summary>Stands for a string longer than a cell may be: the cell that uses it is refused.</summary>
    public void AddTooLong()
    {
        if (entries.Count >= TabularLimits.MaxSharedStrings)
        {
            Truncated = true;
            return;
        }

        entries.Add((-1, 0, 0));
    }

    /// <summary>String <paramref name="index"/>; null when it was longer than a cell may be.</summary>
    public string? this[int index]
    {
        get
        {
            var (block, offset, length) = entries[index];
            return block < 0 ? null : length == 0 ? string.Empty : new string(blocks[block], offset, length);
        }
    }
}
