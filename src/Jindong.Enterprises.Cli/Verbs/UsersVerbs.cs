using System.CommandLine;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;
using MediatR;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong users add|list|passwd|reset|disable|enable|unlock|set-role`: the web application's sign-in accounts.</summary>
internal static class UsersVerbs
{
    public static Command Build()
    {
        var users = new Command("users", CliText.UsersDescription);
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(Passwd());
        users.Subcommands.Add(Reset());
        users.Subcommands.Add(Change("disable", CliText.UsersDisableDescription, name => new DisableUser(name)));
        users.Subcommands.Add(Change("enable", CliText.UsersEnableDescription, name => new EnableUser(name)));
        users.Subcommands.Add(Change("unlock", CliText.UsersUnlockDescription, name => new UnlockUser(name)));
        users.Subcommands.Add(SetRole());
        return users;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = CliText.UserNameOption, Required = true };
        var (role, township) = RoleOptions();
        var stdin = PasswordInput.StdinOption();
        var add = new Command("add", CliText.UsersAddDescription) { name, role, township, stdin };
        add.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var user = await mediator.Send(
                new CreateUser(parse.GetValue(name)!, PasswordInput.ReadNew(parse.GetValue(stdin)), parse.GetValue(role)!, parse.GetValue(township)),
                token);
            Tables.Line(Labels.Format(CliText.UserAdded, user.Name, Labels.Role(user.Role), user.Township ?? "-"));
        }, ct));
        return add;
    }

    private static Command List()
    {
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var list = new Command("list", CliText.UsersListDescription) { format };
        list.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var accounts = await mediator.Send(new ListUsers(), token);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(accounts);
                return;
            }

            var table = Tables.New(CliText.ColumnUser, CliText.ColumnRole, CliText.ColumnTownship, CliText.ColumnState, CliText.ColumnLastSignIn, CliText.ColumnLockedUntil);
            foreach (var a in accounts)
            {
                table.AddCells(a.Name, Labels.Role(a.Role), a.Township ?? "-", State(a.Disabled), a.LastSignInAt is { } at ? Labels.Time(at) : "-", a.LockedOutUntil is { } until ? Labels.Time(until) : "-");
            }

            Tables.Write(table);
        }, ct));
        return list;
    }

    private static Command Passwd()
    {
        var name = NameArgument();
        var stdin = PasswordInput.StdinOption();
        var passwd = new Command("passwd", CliText.UsersPasswdDescription) { name, stdin };
        passwd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var set = await mediator.Send(new SetUserPassword(parse.GetValue(name)!, PasswordInput.ReadNew(parse.GetValue(stdin))), token);
            Tables.Line(Labels.Format(CliText.UserPasswordSet, set.User.Name));
        }, ct));
        return passwd;
    }

    private static Command Reset()
    {
        var name = NameArgument();
        var reset = new Command("reset", CliText.UsersResetDescription) { name };
        reset.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var set = await mediator.Send(new SetUserPassword(parse.GetValue(name)!), token);
            Tables.Line(Labels.Format(CliText.UserPasswordGenerated, set.User.Name));
            Tables.Line(set.GeneratedPassword!);
        }, ct));
        return reset;
    }

    private static Command SetRole()
    {
        var name = NameArgument();
        var (role, township) = RoleOptions();
        var setRole = new Command("set-role", CliText.UsersSetRoleDescription) { name, role, township };
        setRole.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            (mediator, token) => SendAsync(mediator, new SetUserRole(parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(township)), token),
            ct));
        return setRole;
    }

    /// <summary>A verb that changes one account named by its argument and prints the account as it now is.</summary>
    private static Command Change(string verb, string description, Func<string, IRequest<UserView>> command)
    {
        var name = NameArgument();
        var change = new Command(verb, description) { name };
        change.SetAction((parse, ct) => CliRunner.RunAsync(parse, (mediator, token) => SendAsync(mediator, command(parse.GetValue(name)!), token), ct));
        return change;
    }

    private static async Task SendAsync(IMediator mediator, IRequest<UserView> command, CancellationToken ct)
    {
        var user = await mediator.Send(command, ct);
        Tables.Line(Labels.Format(CliText.UserChanged, user.Name, Labels.Role(user.Role), user.Township ?? "-", State(user.Disabled)));
    }

    private static Argument<string> NameArgument() => new("name") { Description = CliText.UserArgument };

    private static (Option<string> Role, Option<string?> Township) RoleOptions() => (
        new Option<string>("--role") { Description = CliText.UserRoleOption, Required = true },
        new Option<string?>("--township") { Description = CliText.UserTownshipOption });

    private static string State(bool disabled) => disabled ? CliText.AccountDisabled : CliText.AccountEnabled;
}
