using Jindong.Enterprises.Application.Common;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>Spectre.Console tables, wide enough for Chinese names when output is redirected.</summary>
internal static class Tables
{
    private static readonly IAnsiConsole Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Out),
    });

    static Tables()
    {
        if (System.Console.IsOutputRedirected)
        {
            Console.Profile.Width = 240;
        }
    }

    public static Table New(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    /// <summary>Each cell as plain text; control characters from the data are shown as escapes, never sent to the terminal.</summary>
    public static void AddCells(this Table table, params object?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(VisibleText.Escape(c?.ToString() ?? string.Empty, keepLineBreaks: true))).ToArray());

    public static void Write(IRenderable renderable) => Console.Write(renderable);

    public static void Heading(string text) => Console.Write(new Rule(Markup.Escape(text)).LeftJustified());

    public static void Line(string text) => Console.WriteLine(VisibleText.Escape(text, keepLineBreaks: true));
}
