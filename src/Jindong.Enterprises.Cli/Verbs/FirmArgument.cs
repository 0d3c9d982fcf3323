using System.CommandLine;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Cli.Resources;
using MediatR;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>The &lt;firm&gt; argument: an id, a credit code or an exact name.</summary>
internal static class FirmArgument
{
    public static Argument<string> Create() => new("firm") { Description = CliText.FirmArgument };

    public static Task<int> ResolveAsync(this IMediator mediator, string reference, CancellationToken ct) =>
        mediator.Send(new FindEnterprise(reference), ct);
}
